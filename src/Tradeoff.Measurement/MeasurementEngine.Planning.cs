using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Stages;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;
using Tradeoff.Measurement.Tuning;

namespace Tradeoff.Measurement;

/// <summary>The measurement plan: each stage's fits, from the probes' own declarations, and its time from fits timed before the run.</summary>
public sealed partial class MeasurementEngine
{
    /// <summary>After the first fit, fits are timed until this much time has passed (at least one more).</summary>
    private static readonly TimeSpan ShortFit = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A first fit this long is taken as it is: compiling a technique's code takes a second or a few (ML.NET's first fit
    /// on 1,000 rows took 2.4 s against 0.13 s for the next on a loaded machine), a small share of such a fit.
    /// </summary>
    private static readonly TimeSpan LongFit = TimeSpan.FromSeconds(10);

    /// <summary>The rows the plan's warm-up of predictions cycles through.</summary>
    private const int WarmUpRows = 1000;

    /// <summary>The most fits timed for the estimate when fits are short.</summary>
    private const int MostTimedFits = 20;

    /// <summary>
    /// The plan of measuring one technique instance as <c>Measure</c> would (or, with <paramref name="tuning"/>,
    /// as <see cref="MeasureTuned"/> would), without measuring: each stage with its fits and estimated time. The estimate
    /// rests on fits of <paramref name="technique"/> on all training rows timed here: one when it took 10 s or more, else
    /// more until a second has passed (at least one more, at most 20 in all) and until one ran at steady state, the median
    /// of the last (up to 19) taken as the cost of a fit and the time to steady state as the fits' warm-up, which the
    /// train-time stage pays for what the stages before it have not;
    /// when fits are short, fits on the learning curve's smallest share of the rows are timed too, and a fit's cost is the
    /// line through the two sizes (a fixed cost per fit plus a cost per row); a stage's timed work is the warm-up of the
    /// timed model's predictions, timed here to steady state, and its protocol's least timed rounds.
    /// </summary>
    /// <param name="name">The technique instance's name.</param>
    /// <param name="technique">The technique already wrapped in the shared featurization (for a tuned one, its default configuration).</param>
    /// <param name="train">The training data.</param>
    /// <param name="test">The test set, or null for cross-validation.</param>
    /// <param name="tuning">The search a tuned technique makes (trials and inner folds as the protocol resolves them), or null.</param>
    /// <param name="cancellationToken">Stops the timed fits.</param>
    /// <param name="search">
    /// What a tuned technique's search needs (its descriptor, the settings the study fixed, the metric): with it the plan
    /// runs the search as the run makes it, on all training rows and on a part's share of them, and prices tuning from
    /// them; without it, every configuration at the cost of the default one.
    /// </param>
    public MeasurementPlan Plan(string name, ITechnique technique, Dataset train, Dataset? test, Core.Studies.TuningSpec? tuning, CancellationToken cancellationToken, PlannedSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(train);
        var resolved = ResolvedProtocol.Resolve(_protocol, train, test);
        var scope = Scope(train.Task, technique is IIncrementalTechnique, test is not null);
        var plan = new PlanScope(scope, resolved, _protocol, train.RowCount);
        var warms = _probes.Any(p => p is LatencyStage or ThroughputStage or DeploymentStage && p.Applies(scope));
        var timed = TimeFits(technique, train, DataNeedsProbe.Fractions[0] * plan.PartShare, warms, cancellationToken);
        var cost = timed.Cost;
        plan = plan with { WarmUp = TimeSpan.FromSeconds(timed.PredictionWarmUp), Cost = cost };
        var fit = cost.At(1);
        var stages = new List<PlannedStage>();
        void Add(string stage, PlannedFits fits, TimeSpan timed, string? note = null) => stages.Add(new PlannedStage(
            stage, fits.Minimum, fits.Maximum, (fits.Minimum * cost.At(fits.RowShare)) + timed.TotalSeconds, (fits.Maximum * cost.At(fits.RowShare)) + timed.TotalSeconds, note));

        var metrics = Metrics.For(train.Task).Where(Wants).ToList();
        var crossValidates = metrics.Count > 0 && resolved.Kind != ValidationKind.TestSet;
        var foldShare = (resolved.Folds - 1) / (double)resolved.Folds;
        if (tuning is not null)
        {
            var trials = _protocol.Quick ? Math.Min(tuning.Trials, QuickTrials) : tuning.Trials;
            var innerShare = (tuning.InnerFolds - 1) / (double)tuning.InnerFolds;
            var inner = InnerSearches(resolved, train, technique.Capabilities);
            var fits = trials * tuning.InnerFolds * (1 + inner);
            var share = ((innerShare * 1) + (innerShare * plan.PartShare * inner)) / (1 + inner);
            var searches = $"{QualityFormat.Count(trials)} configurations x {QualityFormat.Count(tuning.InnerFolds)} inner folds, on all rows and in {QualityFormat.Count(inner)} training parts";
            if (search is null)
            {
                Add("tuning", PlannedFits.Exactly(fits, share), TimeSpan.Zero, $"{searches}, each at the cost of the first configuration");
            }
            else
            {
                // The configurations a search tries differ in cost (cost-frugal starts with the cheapest): priced at the
                // default configuration's cost, medical-risk's tuning was planned at 4.5 times what it took. The search
                // on all rows is timed as the run makes it first, and one on a training part's share of the rows as the
                // run makes the others: the first pays for compiling what its configurations run (medical-risk's
                // network: 2.1 s against 0.6 s for each search in a part), so it cannot price the others.
                var first = TimeSearch(name, search, train, trials, cancellationToken);
                var inPart = inner > 0 ? TimeSearch(name, search, train.Subset(DataNeedsProbe.Subsample(train, plan.PartShare, Seeds.Derive(_protocol.Seed, 4))), trials, cancellationToken) : default;
                var total = first.Seconds + (inner * inPart.Seconds);
                var partWords = inner > 0 ? $"; one on {QualityFormat.Count(inPart.Rows)} rows (a part's share): {inPart.Words}" : string.Empty;
                stages.Add(new PlannedStage("tuning", fits, fits, total, total, $"{searches}; searches timed before the run, on all rows: {first.Words}{partWords}"));
            }
        }

        if (crossValidates)
        {
            Add(train.Task.IsClassification() ? QualityIds.Accuracy : QualityIds.Rmse, PlannedFits.Exactly(resolved.Folds * resolved.Repeats, foldShare), TimeSpan.Zero);
        }

        var probes = _probes.Where(p => p.Applies(scope)).ToList();
        var needs = probes.Aggregate(ProbeNeeds.None, (all, p) => all | p.Needs(scope));
        var timingFitsOnAll = 0;
        if ((metrics.Count > 0 && test is not null) || WantsAny(TrainIds) || needs.HasFlag(ProbeNeeds.FinalModel))
        {
            // The fits of the stages before (tuning's, cross-validation's) warm the technique's fits up first; what is left
            // of the warm-up timed before the run (after the first fit, which compiles), beyond the timing runs, is fits
            // this stage makes after the final fit.
            var timedFits = WantsAny(TrainIds) || needs.HasFlag(ProbeNeeds.SteadyFits);
            var warmUpLeft = Math.Max(0, timed.FitWarmUp - stages.Sum(s => s.Seconds) - (_protocol.TimingRuns * fit));
            var warming = timedFits && fit > 0 ? (int)Math.Ceiling(warmUpLeft / fit) : 0;
            // Cross-validation's fits of a technique measured as given count toward steady state, all but the first
            // (which compiles), unless the warm-up outlasts them.
            var steadyAlready = crossValidates && tuning is null && warming == 0 ? (resolved.Folds * resolved.Repeats) - 1 : 0;
            var steady = timedFits ? TimingFits.Planned(fit, _protocol.WarmUp.Maximum, steadyAlready) : 0;
            // The warm-up and the steady fits share the warm-up limit: the run stops at it once a fit was made.
            var extra = warming > 0 ? Math.Min(warming + steady, Math.Max(1, (int)Math.Ceiling(_protocol.WarmUp.Maximum.TotalSeconds / fit))) : steady;
            var warmingNote = warming > 0 ? $"; {QualityFormat.Count(Math.Min(warming, extra))} of them while the fits warm up" : string.Empty;
            Add(QualityIds.TrainTime, PlannedFits.Exactly(1 + _protocol.TimingRuns + extra, 1), TimeSpan.Zero, $"the final fit, then fits until enough ran at steady state{warmingNote}");
            timingFitsOnAll = _protocol.TimingRuns + extra;
        }

        var partsAt = probes.Count > 0 ? _probes.ToList().FindIndex(p => NeedsParts(p, scope)) : -1;
        for (var i = 0; i < _probes.Count; i++)
        {
            if (i == partsAt && probes.Any(p => NeedsParts(p, scope)))
            {
                var shared = SharesFoldFits(resolved, scope, tuned: tuning is not null);
                var final = test is not null && tuning is null;
                Add("held-out-fits", PlannedFits.Exactly(shared || final ? 0 : plan.Parts, plan.PartShare), TimeSpan.Zero,
                    shared ? "the first folds' fits of cross-validation, kept" : final ? "the final fit, kept" : null);
            }

            var probe = _probes[i];
            if (!probes.Contains(probe))
            {
                continue;
            }

            var own = probe.Fits(plan) ?? PlannedFits.Exactly(0, 0);
            var made = probe is StabilityStage && StabilityProbe.TimingFitsAreRetrains(test is not null, tuning is not null)
                ? StabilityProbe.RetrainsMadeBy(timingFitsOnAll, _protocol.StabilityRepetition)
                : 0;
            if (made > 0)
            {
                own = own with { Minimum = own.Minimum - Math.Min(made, _protocol.StabilityRepetition.Minimum - 1), Maximum = own.Maximum - made };
                Add(probe.Stage, own, probe.TimedWork(plan), $"{QualityFormat.Count(made)} of its retrains made by train-time's fits");
                continue;
            }

            if (probe.Needs(scope).HasFlag(ProbeNeeds.OutOfFold) && !crossValidates && test is null && !stages.Any(s => s.Note == OutOfFoldNote))
            {
                Add(probe.Stage, own with { Minimum = own.Minimum + resolved.Folds, Maximum = own.Maximum + resolved.Folds, RowShare = foldShare }, probe.TimedWork(plan), OutOfFoldNote);
                continue;
            }

            Add(probe.Stage, own, probe.TimedWork(plan));
        }

        return new MeasurementPlan { Name = name, FirstFitSeconds = timed.First, FitSeconds = fit, FitBasis = timed.Basis, Stages = stages };
    }

    /// <summary>
    /// A search of the tuned technique on <paramref name="rows"/> with the run's seeds, as the run makes it; no new
    /// configuration is started once 10 s have passed, and the configurations not tried are taken to cost as much each
    /// as those tried. Its estimated seconds for all <paramref name="trials"/>, its rows, and how it was found in words.
    /// </summary>
    private (double Seconds, int Rows, string Words) TimeSearch(string name, PlannedSearch search, Dataset rows, int trials, CancellationToken cancellationToken)
    {
        var plan = Plan(name, search.Descriptor, search.Fixed, search.Metric, rows.Task);
        var outcome = new TuningSearch(plan, _context, _runner, progress: null).Run(rows, trials, LongFit, Seeds.Derive(_protocol.Seed, 61), "plan", summarize: false, cancellationToken);
        var tried = Math.Max(1, outcome.Trials.Count);
        var words = tried < trials
            ? $"its first {QualityFormat.Count(tried)} of {QualityFormat.Count(trials)} configurations took {QualityFormat.Seconds(outcome.Seconds)}, the rest taken to cost as much each (later cost-frugal configurations cost more)"
            : QualityFormat.Seconds(outcome.Seconds);
        return (outcome.Seconds / tried * trials, rows.RowCount, words);
    }

    /// <summary>
    /// What the plan's timed fits found: the first fit's seconds, the cost of a fit, how it was found, the seconds from the
    /// end of the first fit to the start of the first fit at steady state (the fits' warm-up), and the predictions' warm-up.
    /// </summary>
    private sealed record TimedFits(double First, FitCost Cost, string Basis, double FitWarmUp, double PredictionWarmUp);

    private const string OutOfFoldNote = "refits the first repeat's folds for their out-of-fold outputs";

    /// <summary>
    /// The first fit on all training rows, and more while they are short: until a second has passed (at most 20 in all)
    /// and, further, until one ran at steady state as the run's timing fits wait for (or the warm-up limit passed); then,
    /// when fits are short, fits on <paramref name="smallShare"/> of the rows (the learning curve's smallest); and the
    /// warm-up of the last model's predictions when <paramref name="warm"/> (a timed stage of predictions will run).
    /// A fit is timed as the run pays for it, the collection before it included: on weather's 16 rows that collection
    /// (0.1 to 0.2 ms, against 20 us for naive Bayes's fit itself) is most of what a fit costs, and the warm-up is
    /// thousands of fits.
    /// </summary>
    private TimedFits TimeFits(ITechnique technique, Dataset train, double smallShare, bool warm, CancellationToken cancellationToken)
    {
        var seed = Seeds.Derive(_protocol.Seed, 4);
        var start = _context.Time.GetTimestamp();
        var (model, record) = _runner.Fit(technique, train, seed, cancellationToken, detailed: false);
        var rows = QualityFormat.Count(train.RowCount);
        if (record.WallSeconds >= LongFit.TotalSeconds)
        {
            // Compilation is a small share of so long a fit, and a fixed cost per fit a smaller one still; the next
            // fit runs at steady state (its compiling is negligible), so the warm-up is the first fit.
            using (model)
            {
                return new(record.WallSeconds, FitCost.Proportional(record.WallSeconds), $"one timed fit on all {rows} training rows ({QualityFormat.Seconds(record.WallSeconds)})", record.WallSeconds, warm ? WarmUpSeconds(model, train, cancellationToken) : 0);
            }
        }

        // The warm-up: from the end of the first fit (which compiles) to the start of the first fit at steady state.
        var later = new List<double>();
        var warmStart = _context.Time.GetTimestamp();
        double? steadyAt = record.Steady ? 0 : null;
        while (later.Count == 0 || (later.Count < MostTimedFits - 1 && _context.Time.GetElapsedTime(start) < ShortFit) || (steadyAt is null && _context.Time.GetElapsedTime(warmStart) < _protocol.WarmUp.Maximum))
        {
            model.Dispose();
            var call = _context.Time.GetTimestamp();
            (model, var timing) = _runner.Fit(technique, train, seed, cancellationToken, detailed: false);
            later.Add(_context.SecondsSince(call));
            steadyAt ??= timing.Steady ? _context.SecondsSince(warmStart) - later[^1] : null;
        }

        // The last fits, nearest to the code most of the run's fits will run.
        var recent = later.TakeLast(MostTimedFits - 1).ToList();
        var median = Descriptive.Median(recent);
        var fitWarmUp = steadyAt ?? _context.SecondsSince(warmStart);
        var fits = recent.Count == 1 ? "1 timed fit" : $"{QualityFormat.Count(recent.Count)} timed fits";
        var of = later.Count > recent.Count ? $"the last {fits} of {QualityFormat.Count(later.Count)}" : fits;
        var steadyWords = steadyAt is null ? $"no fit ran at steady state within the warm-up limit ({QualityFormat.Seconds(fitWarmUp)})" : $"fits ran at steady state from {QualityFormat.Seconds(fitWarmUp)} after the first";
        var basis = $"the median of {of} on all {rows} training rows after a first of {QualityFormat.Seconds(record.WallSeconds)} (which paid for compilation), each with the collection before it: {QualityFormat.Seconds(median)}; {steadyWords}";
        var warmUp = warm ? WarmUpSeconds(model, train, cancellationToken) : 0;
        model.Dispose();
        var smallRows = DataNeedsProbe.Subsample(train, smallShare, seed);
        if (smallRows.Length >= train.RowCount)
        {
            return new(record.WallSeconds, FitCost.Proportional(median), basis, fitWarmUp, warmUp);
        }

        // A small fit is not that share of a full one: ML.NET builds its pipeline for every fit. Timed as most fits are
        // (untimed by the run: tuning's, stability's), their median and the full fits' give a line.
        var small = train.Subset(smallRows);
        var smallStart = _context.Time.GetTimestamp();
        var smallTimes = new List<double>();
        while (smallTimes.Count < MostTimedFits && (smallTimes.Count == 0 || _context.Time.GetElapsedTime(smallStart) < ShortFit))
        {
            var call = _context.Time.GetTimestamp();
            var (next, _) = _runner.Fit(technique, small, seed, cancellationToken, detailed: false);
            smallTimes.Add(_context.SecondsSince(call));
            next.Dispose();
        }

        var smallMedian = Descriptive.Median(smallTimes);
        var cost = FitCost.Through(smallRows.Length / (double)train.RowCount, smallMedian, median);
        return new(record.WallSeconds, cost, $"{basis}; and of {QualityFormat.Count(smallTimes.Count)} on {QualityFormat.Count(smallRows.Length)} rows: {QualityFormat.Seconds(smallMedian)}; a fit is taken to cost {QualityFormat.Seconds(cost.Fixed)} plus {QualityFormat.Seconds(cost.PerShare)} x its share of the rows", fitWarmUp, warmUp);
    }

    private double WarmUpSeconds(IModel model, Dataset train, CancellationToken cancellationToken)
    {
        var rows = train.Subset(Metrics.AllRows(Math.Min(train.RowCount, WarmUpRows)));
        return LatencyProbe.WarmUpSeconds(model, rows.ToRowMajor(), rows.FeatureCount, _protocol.WarmUp, _context, cancellationToken);
    }
}
