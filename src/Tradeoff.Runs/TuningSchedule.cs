using Tradeoff.Core.Data;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>
/// Tuning across one run: which instances are tuned (those with settings left to search), the metric, the share of
/// the run's tuning budget each technique gets (what is left, split evenly among the techniques still to tune, so
/// time one technique does not use passes to the next), and each technique's configuration frontier.
/// </summary>
internal sealed class TuningSchedule
{
    private readonly TuningSpec _tuning;
    private readonly string _metric;
    private readonly IReadOnlyList<string> _frontierObjectives;
    private readonly HashSet<string> _counted;
    private int _pending;
    private TimeSpan _spent;

    /// <exception cref="Core.InputException">The study's tuning metric does not apply to the task.</exception>
    public TuningSchedule(Study study, TuningSpec tuning, TaskKind task, IEnumerable<(TechniqueSpec Spec, TechniqueDescriptor Descriptor)> measured)
    {
        _tuning = tuning;
        var objectives = Selections.Priorities(study, task).Objectives;
        _metric = MeasurementEngine.TuningMetric(tuning, objectives, task);
        _frontierObjectives = ConfigurationFrontier.Objectives(_metric, objectives);
        _counted = measured.Where(i => Tunes(i.Spec, i.Descriptor, task)).Select(i => i.Spec.Name).ToHashSet(StringComparer.Ordinal);
        _pending = _counted.Count;
    }

    /// <summary>True when the instance has settings left to search for <paramref name="task"/> once the study's own are fixed.</summary>
    public static bool Tunes(TechniqueSpec spec, TechniqueDescriptor descriptor, TaskKind task) => !descriptor.Search.Without(spec.Settings.Keys).For(task).IsEmpty;

    /// <summary>
    /// Takes <paramref name="name"/> out of the techniques still to tune (unavailable here, or taken from the store),
    /// so that its share of the budget goes to the others; a name never counted is ignored.
    /// </summary>
    public void Skip(string name)
    {
        if (_counted.Remove(name))
        {
            _pending--;
        }
    }

    /// <summary>Tunes and measures one instance with its share of the budget (and of <paramref name="runBudget"/>), and adds its configuration frontier.</summary>
    public TechniqueResult Measure(MeasurementEngine engine, TechniqueSpec spec, TechniqueDescriptor descriptor, StudyData data, CancellationToken cancellationToken, RunBudget? runBudget = null)
    {
        TimeSpan? share = _tuning.Budget is { } budget ? Max(TimeSpan.Zero, (budget - _spent) / Math.Max(1, _pending)) : null;
        // Under a run's time budget the search may take at most the technique's share of it, so that measuring is left time.
        share = runBudget?.CapTuning(share) ?? share;
        var result = engine.MeasureTuned(spec.Name, descriptor, spec.Settings, _metric, share, data.Train, data.Test, cancellationToken);
        Skip(spec.Name);
        if (result.Tuning is not { } tuning)
        {
            return result;
        }

        _spent += TimeSpan.FromSeconds(tuning.SearchSeconds + tuning.NestedSeconds);
        return result with { Tuning = ConfigurationFrontier.With(tuning, _frontierObjectives) };
    }

    /// <summary>
    /// With <c>tuning.candidates: frontier</c>, the configurations on <paramref name="tuned"/>'s frontier other than
    /// the chosen one, each with a name of its own and its full settings; nothing otherwise.
    /// </summary>
    public IEnumerable<(string Name, Dictionary<string, string> Settings)> FrontierConfigurations(TechniqueResult tuned)
    {
        if (_tuning.Candidates != TuningCandidates.Frontier || tuned.Tuning is not { Chosen: { } chosen } tuning || tuned.Status != TechniqueStatus.Measured)
        {
            yield break;
        }

        foreach (var index in tuning.Frontier.Where(i => i != chosen))
        {
            var trial = tuning.Trials.First(t => t.Index == index);
            var settings = new Dictionary<string, string>(tuning.Fixed, StringComparer.Ordinal);
            foreach (var (key, value) in trial.Settings)
            {
                settings[key] = value;
            }

            yield return ($"{tuned.Name}#{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}", settings);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
