using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Runs;

/// <summary>
/// Runs a study the way the lecture's method goes: load the data, eliminate what cannot run before spending
/// compute, measure every remaining technique, then select. Data flow one way; nothing here renders.
/// </summary>
public sealed class StudyRunner
{
    private const string Baseline = "baseline";

    private readonly TechniqueCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly EnvironmentProbe _environment;

    /// <summary>
    /// Creates a runner over <paramref name="catalog"/>, timing with <paramref name="time"/> and capturing the run's
    /// environment with <paramref name="environment"/> (this machine by default).
    /// </summary>
    public StudyRunner(TechniqueCatalog catalog, TimeProvider time, EnvironmentProbe? environment = null)
    {
        _catalog = catalog;
        _time = time;
        _environment = environment ?? EnvironmentProbe.Default;
    }

    /// <summary>Where a technique under a time or memory limit first fits apart, stopped for real at the limit; null for none.</summary>
    public Measurement.Isolation.IFitIsolation? Isolation { get; init; }

    /// <summary>The runtime a team ships the chosen model in (ONNX Runtime), for the deployment qualities, or null.</summary>
    public Measurement.Deployment.IDeploymentRuntime? Deployment { get; init; }

    /// <summary>The run's time budget (<c>--time-budget</c>), shared among the techniques (<see cref="RunBudget"/>); null for none.</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>
    /// The technique instances this runner measures, by name; the others are left out of the run (a worker measures
    /// one instance of a distributed run, with its configuration frontier), and nothing is selected. Null measures them all.
    /// </summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>Where the four files of the built-in <c>fashion-mnist</c> are read (a worker's copies); null for the Debian package's folder.</summary>
    public string? FashionMnistFolder { get; init; }

    /// <summary>The names of the technique instances a run of <paramref name="study"/> measures, in order (the baseline a constraint needs included).</summary>
    public IReadOnlyList<string> InstanceNames(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return Instances(study, Selections.Constraints(study)).Select(i => i.Spec.Name).ToList();
    }

    /// <summary>
    /// Runs <paramref name="study"/>. Cancellation stops measuring and returns what was measured. A technique that
    /// <paramref name="cache"/> holds (consulted after the data are loaded) is taken from it with its provenance, not
    /// measured again; every technique measured here is stamped with the cache's run id, the time and the fingerprint
    /// of the environment captured once for the run. <paramref name="keeper"/>, when given, receives every final model.
    /// </summary>
    public RunOutcome Run(Study study, IRunObserver observer, CancellationToken cancellationToken, IResultCache? cache = null, IModelKeeper? keeper = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(observer);
        NativeLibraries.Configure();
        var started = _time.GetUtcNow();
        var constraints = Selections.Constraints(study);
        var instances = Instances(study, constraints);
        var data = StudyData.Load(study, FashionMnistFolder);
        var task = data.Train.Task;
        var preEliminated = Selections.PreEliminated(study, instances, constraints, task);
        var notTrained = preEliminated.ToDictionary(e => e.Candidate, e => string.Join("; ", e.Reasons), StringComparer.Ordinal);
        var captured = _environment.Capture(study.Protocol, data.Files, _time) with { StartedAt = started };
        observer.DataLoaded(data, captured, instances.Count);
        foreach (var part in new[] { data.Train, data.Test }.OfType<Dataset>().Where(d => d.RowsWithoutTarget > 0))
        {
            observer.Note($"{part.Source}: {QualityFormat.Count(part.RowsWithoutTarget)} row(s) without a value for the target '{part.Target.Name}' left out ({QualityFormat.Count(part.RowCount)} kept)");
        }
        TechniqueResult Stamp(TechniqueResult measured) => measured with
        {
            MeasuredIn = new MeasuredIn { RunId = cache?.RunId, At = _time.GetUtcNow(), EnvironmentFingerprint = captured.Fingerprint },
        };

        var budget = TimeBudget is { } total ? new RunBudget(_time, total, instances.Count(i => !notTrained.ContainsKey(i.Spec.Name)), Needed(study, constraints, task)) : null;
        var engine = new MeasurementEngine(study.Protocol, _time, observer, study.Data.Protected, study.Scale) { Keeper = keeper, Isolation = Isolation, Deployment = Deployment, TimeShares = budget is null ? null : budget.Next };
        var tuner = study.Protocol.Tuning is { } tuning ? new TuningSchedule(study, tuning, task, instances.Where(i => !notTrained.ContainsKey(i.Spec.Name))) : null;
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
            if (Only is not null && !Only.Contains(spec.Name))
            {
                continue;
            }

            observer.TechniqueStarted(spec.Name, i + 1);
            var tuned = tuner is not null && TuningSchedule.Tunes(spec, descriptor, task);
            var known = PreEliminate(spec, descriptor, notTrained.GetValueOrDefault(spec.Name), data.Train) ?? cache?.Find(spec.Name);
            if (known is not null && tuned)
            {
                // Its share of the tuning budget goes to the techniques still to tune.
                tuner!.Skip(spec.Name);
            }

            var result = known
                ?? (budget is { Spent: true } ? budget.Skip(Shell(spec, descriptor)) : null)
                ?? Stamp(tuned
                    ? tuner!.Measure(engine, spec, descriptor, data, cancellationToken, budget)
                    : engine.Measure(spec.Name, FeaturizedTechnique.Wrap(descriptor.CreateChecked(Settings(spec))), spec.Settings, data.Train, data.Test, cancellationToken));
            if (!notTrained.ContainsKey(spec.Name))
            {
                budget?.Done(result);
            }

            interrupted |= result.Status == TechniqueStatus.Interrupted;
            results.Add(result);
            observer.TechniqueFinished(result);
            if (tuner is not null && !interrupted)
            {
                interrupted |= MeasureFrontier(tuner, engine, result, descriptor, data, observer, results, Stamp, cache, cancellationToken);
            }
        }

        var compared = DeclaredValues.Add(study, engine.CompareWithBest(results));
        var mixed = MixedEnvironments.Warnings(compared, captured, fingerprint => cache?.FindEnvironment(fingerprint));
        var cuts = budget?.Cuts() is { } cut ? new[] { cut } : [];
        foreach (var line in cuts)
        {
            observer.Note(line);
        }

        var environment = _environment.Finish(captured, _time.GetUtcNow(), [.. engine.Warnings, .. mixed, .. cuts]) with { PeakMemoryBytes = engine.PeakMemoryBytes };
        var run = new RunResult
        {
            Study = Summaries.Of(study, data),
            Environment = environment,
            Techniques = compared,
        };
        // A runner of some instances only (a distributed run's worker) measures a part: the selection is the
        // coordinator's, over every instance (a limit such as "baseline + 0.02" names one this runner does not measure).
        var selection = interrupted || Only is not null ? null : Selections.Select(study, constraints, preEliminated, compared, data.Train, _catalog);
        return new RunOutcome(run, selection, interrupted);
    }

    /// <summary>
    /// The measurement plan of <paramref name="study"/>: the data are loaded and each technique instance that would be
    /// measured is fitted on all training rows to time a fit (<see cref="MeasurementEngine.Plan"/>); nothing is
    /// measured or kept. A tuned instance is timed with its first configuration (its settings as given), and its search
    /// on all training rows is run as the run would run it, to price tuning.
    /// </summary>
    public StudyPlan Plan(Study study, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(study);
        NativeLibraries.Configure();
        var constraints = Selections.Constraints(study);
        var instances = Instances(study, constraints);
        var data = StudyData.Load(study, FashionMnistFolder);
        var task = data.Train.Task;
        var notTrained = Selections.PreEliminated(study, instances, constraints, task).ToDictionary(e => e.Candidate, e => string.Join("; ", e.Reasons), StringComparer.Ordinal);
        var engine = new MeasurementEngine(study.Protocol, _time, null, study.Data.Protected, study.Scale);
        var plans = new List<Measurement.Planning.MeasurementPlan>();
        var skipped = new List<KeyValuePair<string, string>>();
        string? metric = null;
        foreach (var (spec, descriptor) in instances)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (PreEliminate(spec, descriptor, notTrained.GetValueOrDefault(spec.Name), data.Train) is { } known)
            {
                skipped.Add(new(spec.Name, known.Message ?? known.Status.ToString()));
                continue;
            }

            var tuning = study.Protocol.Tuning is { } search && TuningSchedule.Tunes(spec, descriptor, task) ? search : null;
            // The study's one tuning metric, found once, when the first tuned instance needs it.
            var planned = tuning is null ? null : new Measurement.Planning.PlannedSearch(descriptor, spec.Settings, metric ??= MeasurementEngine.TuningMetric(tuning, Selections.Priorities(study, task).Objectives, task));
            plans.Add(engine.Plan(spec.Name, FeaturizedTechnique.Wrap(descriptor.CreateChecked(Settings(spec))), data.Train, data.Test, tuning, cancellationToken, planned));
        }

        return new StudyPlan(plans, skipped, data.Train.RowCount, Measurement.ProtocolDescription.Describe(study.Protocol, data.Train, data.Test));
    }

    private List<(TechniqueSpec Spec, TechniqueDescriptor Descriptor)> Instances(Study study, IReadOnlyList<Constraint> constraints)
    {
        var specs = study.Techniques.Count > 0
            ? study.Techniques.ToList()
            : _catalog.All.Select(d => new TechniqueSpec(d.Id, d.Id, new Dictionary<string, string>())).ToList();

        // A limit such as "accuracy >= baseline + 0.02" needs the baseline measured, even when the study lists only other techniques.
        var needsBaseline = constraints.OfType<ComparisonConstraint>().Any(c => c.Limit.Reference == Baseline);
        if (needsBaseline && !specs.Exists(s => s.Name == Baseline))
        {
            specs.Insert(0, new TechniqueSpec(Baseline, Baseline, new Dictionary<string, string>()));
        }

        return specs.Select(s => (s, _catalog.For(s))).ToList();
    }

    private static TechniqueSettings Settings(TechniqueSpec spec) => new(spec.Name, spec.Settings);

    // What the decision reads: the frontier's objectives, the weights and the constrained qualities.
    private static HashSet<string> Needed(Study study, IReadOnlyList<Constraint> constraints, TaskKind task)
    {
        var (objectives, weights) = Selections.Priorities(study, task);
        return [.. objectives, .. weights.Keys, .. constraints.OfType<ComparisonConstraint>().Select(c => c.Quality)];
    }

    private static TechniqueResult Shell(TechniqueSpec spec, TechniqueDescriptor descriptor) => new()
    {
        Name = spec.Name,
        TechniqueId = descriptor.Id,
        Settings = spec.Settings,
        Capabilities = descriptor.Capabilities.Ids().ToList(),
    };

    // With tuning.candidates: frontier, every other configuration on the technique's configuration frontier is
    // measured on every quality as a candidate of its own, named after its trial (decision-tree#7).
    private static bool MeasureFrontier(
        TuningSchedule tuner, MeasurementEngine engine, TechniqueResult tuned, TechniqueDescriptor descriptor,
        StudyData data, IRunObserver observer, List<TechniqueResult> results, Func<TechniqueResult, TechniqueResult> stamp, IResultCache? cache,
        CancellationToken cancellationToken)
    {
        foreach (var (name, settings) in tuner.FrontierConfigurations(tuned))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return true;
            }

            observer.TechniqueStarted(name, results.Count + 1);
            // Measured before (a resumed run, or a worker of a distributed run): taken as it is.
            var result = cache?.Find(name) ?? Measure(name, settings);
            results.Add(result);
            observer.TechniqueFinished(result);
            if (result.Status == TechniqueStatus.Interrupted)
            {
                return true;
            }
        }

        return false;

        TechniqueResult Measure(string name, Dictionary<string, string> settings)
        {
            var measured = engine.Measure(name, FeaturizedTechnique.Wrap(descriptor.CreateChecked(new TechniqueSettings(name, settings))), settings, data.Train, data.Test, cancellationToken);
            return stamp(data.Test is null ? MeasurementEngine.MarkFrontierConfiguration(measured, data.Train.Task) : measured);
        }
    }

    // Step 2 of the method, for what is known before training: capabilities, the task, and whether the native
    // library loads. No compute is spent on a technique ruled out here.
    private static TechniqueResult? PreEliminate(TechniqueSpec spec, TechniqueDescriptor descriptor, string? notTrained, Dataset train)
    {
        var result = Shell(spec, descriptor);
        if (notTrained is not null)
        {
            return result with { Status = TechniqueStatus.NotTrained, Message = notTrained };
        }

        var unavailable = descriptor.CheckAvailability();
        if (unavailable is not null)
        {
            return result with { Status = TechniqueStatus.Unavailable, Message = "unavailable: " + unavailable };
        }

        // What only the data can tell (a convolutional network on rows that are not images): listed, not failed.
        var cannot = descriptor.CreateChecked(Settings(spec)).CannotLearn(train);
        return cannot is null ? null : result with { Status = TechniqueStatus.NotTrained, Message = "not trained: " + cannot };
    }
}
