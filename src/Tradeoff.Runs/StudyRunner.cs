using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>
/// Runs a study the way the lecture's method goes: load the data, eliminate what cannot run before spending
/// compute, measure every remaining technique, then select. Data flow one way; nothing here renders.
/// </summary>
public sealed class StudyRunner
{
    private readonly TechniqueCatalog _catalog;
    private readonly TimeProvider _time;

    /// <summary>Creates a runner over <paramref name="catalog"/>, timing with <paramref name="time"/>.</summary>
    public StudyRunner(TechniqueCatalog catalog, TimeProvider time)
    {
        _catalog = catalog;
        _time = time;
    }

    /// <summary>Runs <paramref name="study"/>. Cancellation stops measuring and returns what was measured.</summary>
    public RunOutcome Run(Study study, IRunObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(observer);
        NativeThreading.Configure();
        var started = _time.GetUtcNow();
        var data = StudyData.Load(study);
        var instances = Instances(study);
        observer.DataLoaded(data, instances.Count);

        var engine = new MeasurementEngine(study.Protocol, _time, observer);
        var results = new List<TechniqueResult>();
        var interrupted = false;
        for (var i = 0; i < instances.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }

            var (spec, descriptor) = instances[i];
            observer.TechniqueStarted(spec.Name, i + 1);
            var result = PreEliminate(spec, descriptor, data.Train.Task)
                ?? engine.Measure(spec.Name, FeaturizedTechnique.Wrap(descriptor.CreateChecked(Settings(spec))), spec.Settings, data.Train, data.Test, cancellationToken);
            interrupted |= result.Status == TechniqueStatus.Interrupted;
            results.Add(result);
            observer.TechniqueFinished(result);
        }

        var compared = engine.CompareWithBest(results);
        var probed = EnvironmentProbe.Capture(study.Protocol.Seed, data.Files, _time);
        var environment = probed with
        {
            StartedAt = started,
            FinishedAt = _time.GetUtcNow(),
            Warnings = [.. probed.Warnings, .. engine.Warnings],
        };
        var run = new RunResult
        {
            Study = Summaries.Of(study, data),
            Environment = environment,
            Techniques = compared,
        };
        var selection = interrupted ? null : Selections.Select(study, compared);
        return new RunOutcome(run, selection, interrupted);
    }

    private List<(TechniqueSpec Spec, TechniqueDescriptor Descriptor)> Instances(Study study)
    {
        var specs = study.Techniques.Count > 0
            ? study.Techniques
            : _catalog.All.Select(d => new TechniqueSpec(d.Id, d.Id, new Dictionary<string, string>())).ToList();
        return specs.Select(s => (s, _catalog.Get(s.Id))).ToList();
    }

    private static TechniqueSettings Settings(TechniqueSpec spec) => new(spec.Name, spec.Settings);

    // Step 2 of the method, for what is known before training: the task and whether the native library loads.
    private static TechniqueResult? PreEliminate(TechniqueSpec spec, TechniqueDescriptor descriptor, TaskKind task)
    {
        var result = new TechniqueResult
        {
            Name = spec.Name,
            TechniqueId = descriptor.Id,
            Settings = spec.Settings,
            Capabilities = descriptor.Capabilities.Ids().ToList(),
        };
        if (!descriptor.Capabilities.Tasks.Contains(task))
        {
            return result with { Status = TechniqueStatus.NotTrained, Message = $"not trained: does not do {task.ToId()}" };
        }

        var unavailable = descriptor.CheckAvailability();
        return unavailable is null ? null : result with { Status = TechniqueStatus.Unavailable, Message = "unavailable: " + unavailable };
    }
}
