using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;
using Tradeoff.Measurement.Tuning;

namespace Tradeoff.Measurement;

/// <summary>Tuning: a search on all training rows picks the configuration; nested cross-validation scores the procedure.</summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Trials per technique at most under <c>--quick</c>.</summary>
    public const int QuickTrials = 5;

    /// <summary>
    /// The predictive quality tuning compares configurations on: the study's <c>tuning.metric</c>, else its first
    /// objective that is a predictive quality of the task, else accuracy (classification) or rmse (regression).
    /// </summary>
    /// <exception cref="InputException">The study's metric does not apply to the task.</exception>
    public static string TuningMetric(TuningSpec tuning, IReadOnlyList<string> objectives, TaskKind task)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(objectives);
        var applicable = Metrics.For(task);
        if (tuning.Metric is { } metric)
        {
            return applicable.Contains(metric)
                ? metric
                : throw new InputException($"protocol.tuning.metric is '{metric}', which is not measured for {task.ToId()}; use one of: {string.Join(", ", applicable)}.");
        }

        return objectives.FirstOrDefault(applicable.Contains) ?? (task.IsClassification() ? QualityIds.Accuracy : QualityIds.Rmse);
    }

    /// <summary>
    /// Tunes and measures one technique instance: a search over <paramref name="descriptor"/>'s space (less the
    /// settings the study fixed) on all training rows chooses the configuration; that configuration is measured
    /// on every quality like any other, except that with cross-validation whatever is scored on held-out training
    /// rows repeats the search inside the rows it trains on: the predictive qualities come from nested
    /// cross-validation, fairness's refitted folds likewise, and each held-out part of protocol II refits with
    /// its own search's choice. No search starts a trial once its share of <paramref name="timeAllowed"/> has passed.
    /// </summary>
    public TechniqueResult MeasureTuned(
        string name, TechniqueDescriptor descriptor, IReadOnlyDictionary<string, string> fixedSettings, string metric, TimeSpan? timeAllowed,
        Dataset train, Dataset? test, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(fixedSettings);
        ArgumentNullException.ThrowIfNull(train);
        var plan = Plan(name, descriptor, fixedSettings, metric, train.Task);
        var spec = plan.Spec;
        var resolved = ResolvedProtocol.Resolve(_protocol, train, test);
        var nested = resolved.Kind != ValidationKind.TestSet && Metrics.For(train.Task).Any(Wants);
        var searches = 1 + InnerSearches(resolved, train, descriptor.Capabilities);
        TimeSpan? perSearch = timeAllowed is { } allowed ? allowed / searches : null;
        var search = new TuningSearch(plan, _context, _runner, _progress);
        var tuning = new TuningResult
        {
            Strategy = spec.Strategy == TuningStrategy.CostFrugal ? "cost-frugal" : "random",
            Metric = metric,
            TrialsPlanned = spec.Trials,
            InnerFolds = spec.InnerFolds,
            Fixed = fixedSettings,
            BudgetSeconds = timeAllowed?.TotalSeconds,
        };
        var shell = new TechniqueResult { Name = name, TechniqueId = descriptor.Id, Settings = fixedSettings, Capabilities = descriptor.Capabilities.Ids().ToList() };

        SearchOutcome outcome;
        try
        {
            outcome = search.Run(train, spec.Trials, perSearch, Seeds.Derive(_protocol.Seed, 61), "tuning", summarize: true, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return shell with { Status = TechniqueStatus.Interrupted, Message = "interrupted while tuning; nothing was measured", Tuning = tuning };
        }

        tuning = tuning with { Trials = outcome.Trials, SearchSeconds = outcome.Seconds, BudgetReached = outcome.BudgetReached };
        if (outcome.Best is not { } best)
        {
            return shell with
            {
                Status = TechniqueStatus.Failed,
                Message = $"tuning: none of the {outcome.Trials.Count} configurations tried could be fitted; first failure: {outcome.Trials.FirstOrDefault()?.Message}",
                Tuning = tuning,
            };
        }

        var chosen = plan.Merge(best.Settings);
        var technique = FeaturizedTechnique.Wrap(descriptor.CreateChecked(new TechniqueSettings(name, chosen)));
        var procedure = resolved.Kind != ValidationKind.TestSet ? new TunedTechnique(plan, search, outcome.Trials.Count, perSearch) : null;
        var result = Measure(name, technique, chosen, train, test, procedure, cancellationToken);
        tuning = tuning with
        {
            Chosen = best.Index,
            Reason = Reason(search, outcome, best, plan),
            NestedSeconds = procedure?.SearchSeconds ?? 0,
            BudgetReached = tuning.BudgetReached || procedure?.BudgetReached == true,
            NestedChoices = procedure?.Choices.ToList() ?? [],
            PartChoices = procedure?.PartChoices.ToList() ?? [],
            Evaluation = Evaluation(nested, resolved, outcome.Trials.Count, spec.InnerFolds) + PartsEvaluation(resolved, descriptor.Capabilities, train.Task),
        };
        return result with { Qualities = nested ? MarkNested(result.Qualities, train.Task) : result.Qualities, Tuning = tuning };
    }

    /// <summary>
    /// The settings tuning chooses for one technique instance on all of <paramref name="train"/>: the search a run
    /// makes before measuring, with the same seed and so the same trials (when no budget stopped the run's search),
    /// without measuring anything else. For <c>tradeoff explain</c>, which shows the model a run measured.
    /// </summary>
    /// <exception cref="InvalidOperationException">No configuration could be fitted.</exception>
    public IReadOnlyDictionary<string, string> ChooseConfiguration(
        string name, TechniqueDescriptor descriptor, IReadOnlyDictionary<string, string> fixedSettings, string metric, Dataset train, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(fixedSettings);
        var plan = Plan(name, descriptor, fixedSettings, metric, train.Task);
        var outcome = new TuningSearch(plan, _context, _runner, _progress).Run(train, plan.Spec.Trials, null, Seeds.Derive(_protocol.Seed, 61), "tuning", summarize: true, cancellationToken);
        var best = outcome.Best ?? throw new InvalidOperationException($"tuning: none of the {outcome.Trials.Count} configurations of {name} could be fitted; first failure: {outcome.Trials.FirstOrDefault()?.Message}");
        return plan.Merge(best.Settings);
    }

    /// <summary>
    /// <paramref name="result"/>, a configuration from a technique's configuration frontier measured as a candidate
    /// of its own, with its predictive qualities labelled: the search that found it saw the same rows, so plain
    /// cross-validation leans optimistic for it.
    /// </summary>
    public static TechniqueResult MarkFrontierConfiguration(TechniqueResult result, TaskKind task)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { Qualities = Prefix(result.Qualities, task, "not nested (a configuration the search found on these rows; leans optimistic): ") };
    }

    private static string Evaluation(bool nested, ResolvedProtocol resolved, int trials, int innerFolds) =>
        nested
            ? $"nested cross-validation: the search ({QualityFormat.Count(trials)} configurations, {QualityFormat.Count(innerFolds)}-fold inner cross-validation) ran again inside each of the {QualityFormat.Count(resolved.Folds * resolved.Repeats)} outer training parts; the outer test parts, which no search saw, give the predictive qualities"
            : resolved.Kind == ValidationKind.TestSet
                ? "the search used the training rows only; the test set, which it never saw, gives the predictive qualities"
                : "no predictive quality was measured";

    /// <summary>What protocol II's held-out parts were fitted with, when they were built.</summary>
    private string PartsEvaluation(ResolvedProtocol resolved, TechniqueCapabilities capabilities, TaskKind task) =>
        !NeedsHeldOutParts(Scope(task, capabilities.Incremental, resolved.Kind == ValidationKind.TestSet)) ? ""
        : resolved.Kind == ValidationKind.TestSet
            ? "; protocol II's one held-out part is all training rows against the test set, the rows the search used, so it keeps the run's choice"
            : "; each held-out part of protocol II refits with the configuration a search on its own training rows chose (a part that is an outer fold takes that fold's nested choice), never the run's choice, which its held-out rows helped make";

    /// <summary>
    /// The searches a tuned technique runs inside training parts besides the one on all rows, each given an equal
    /// share of its budget: one per outer fold when accuracy is cross-validated (nested), else one per fold of the
    /// first repeat when fairness refits them; plus one per held-out part of protocol II that is not one of those
    /// folds (leave-one-out's parts, or every part when no fold was searched), since a search on the same rows and
    /// seed is not run twice.
    /// </summary>
    private int InnerSearches(ResolvedProtocol resolved, Dataset train, TechniqueCapabilities capabilities)
    {
        if (resolved.Kind == ValidationKind.TestSet)
        {
            return 0;
        }

        var scope = Scope(train.Task, capabilities.Incremental, hasTest: false);
        var folds = Metrics.For(train.Task).Any(Wants) ? resolved.Folds * resolved.Repeats
            : RefitsFolds(scope) ? resolved.Folds : 0;
        var parts = NeedsHeldOutParts(scope) ? HeldOutParts.Count(resolved, train.RowCount) : 0;
        var searchedAsFolds = resolved.Kind == ValidationKind.KFold && folds > 0 ? parts : 0;
        return folds + parts - searchedAsFolds;
    }

    private SearchPlan Plan(string name, TechniqueDescriptor descriptor, IReadOnlyDictionary<string, string> fixedSettings, string metric, TaskKind task)
    {
        var spec = _protocol.Tuning ?? throw new InvalidOperationException("The study's protocol has no tuning.");
        return new SearchPlan
        {
            Name = name,
            Descriptor = descriptor,
            Fixed = fixedSettings,
            Space = descriptor.Search.Without(fixedSettings.Keys).For(task),
            // --quick is a first look: a few configurations say whether tuning matters, at a fraction of the cost.
            Spec = _protocol.Quick ? spec with { Trials = Math.Min(spec.Trials, QuickTrials) } : spec,
            Metric = metric,
            Seed = _protocol.Seed,
        };
    }

    private static Dictionary<string, QualityValue> MarkNested(IReadOnlyDictionary<string, QualityValue> qualities, TaskKind task) =>
        Prefix(qualities, task, "nested (the search repeated inside each training part): ");

    private static Dictionary<string, QualityValue> Prefix(IReadOnlyDictionary<string, QualityValue> qualities, TaskKind task, string prefix)
    {
        var metrics = Metrics.For(task);
        return qualities.ToDictionary(
            p => p.Key,
            p => metrics.Contains(p.Key) && p.Value.IsAvailable ? p.Value with { Protocol = prefix + p.Value.Protocol } : p.Value,
            StringComparer.Ordinal);
    }

    private static string Reason(TuningSearch search, SearchOutcome outcome, TrialResult best, SearchPlan plan)
    {
        var metric = QualityCatalog.Find(plan.Metric);
        var direction = metric?.Direction == Direction.LowerIsBetter ? "lowest" : "highest";
        var unit = metric?.Unit ?? "count";
        var first = outcome.Trials[0];
        var firstName = plan.Spec.Strategy == TuningStrategy.CostFrugal ? "the cheapest configuration" : "the defaults";
        var bestValue = best.Qualities[plan.Metric].Value;
        var firstText = double.IsNaN(search.Score(first)) ? "failed" : "scored " + QualityFormat.Value(first.Qualities[plan.Metric].Value, unit);
        var reason = $"{direction} {plan.Metric} in the {QualityFormat.Count(plan.Spec.InnerFolds)}-fold inner cross-validation of the {QualityFormat.Count(outcome.Trials.Count)} configurations tried: {QualityFormat.Value(bestValue, unit)} (trial {QualityFormat.Count(best.Index)})";
        reason = best.Index == first.Index ? reason + $"; it is {firstName}" : reason + $"; trial 1, {firstName}, {firstText}";
        return outcome.Trials.Count < plan.Spec.Trials && !outcome.BudgetReached
            ? reason + $"; the search stopped at {QualityFormat.Count(outcome.Trials.Count)} of {QualityFormat.Count(plan.Spec.Trials)} trials because it proposed only configurations already tried"
            : reason;
    }
}
