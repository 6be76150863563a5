using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Stages;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

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
    /// more until a second has passed (at least one more, at most 20 in all), their median after the first (which paid
    /// for compilation) taken as the cost of a fit;
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
    public MeasurementPlan Plan(string name, ITechnique technique, Dataset train, Dataset? test, Core.Studies.TuningSpec? tuning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(train);
        var resolved = ResolvedProtocol.Resolve(_protocol, train, test);
        var scope = Scope(train.Task, technique is IIncrementalTechnique, test is not null);
        var plan = new PlanScope(scope, resolved, _protocol, train.RowCount);
        var warms = _probes.Any(p => p is LatencyStage or ThroughputStage or DeploymentStage && p.Applies(scope));
        var (first, cost, basis, warmUp) = TimeFits(technique, train, DataNeedsProbe.Fractions[0] * plan.PartShare, warms, cancellationToken);
        plan = plan with { WarmUp = TimeSpan.FromSeconds(warmUp) };
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
            Add("tuning", PlannedFits.Exactly(fits, share), TimeSpan.Zero, $"{QualityFormat.Count(trials)} configurations x {QualityFormat.Count(tuning.InnerFolds)} inner folds, on all rows and in {QualityFormat.Count(inner)} training parts, each at the cost of the first configuration");
        }

        if (crossValidates)
        {
            Add(train.Task.IsClassification() ? QualityIds.Accuracy : QualityIds.Rmse, PlannedFits.Exactly(resolved.Folds * resolved.Repeats, foldShare), TimeSpan.Zero);
        }

        var probes = _probes.Where(p => p.Applies(scope)).ToList();
        var needs = probes.Aggregate(ProbeNeeds.None, (all, p) => all | p.Needs(scope));
        if ((metrics.Count > 0 && test is not null) || WantsAny(TrainIds) || needs.HasFlag(ProbeNeeds.FinalModel))
        {
            // Cross-validation's fits of a technique measured as given count toward steady state, all but the first (which compiles).
            var steadyAlready = crossValidates && tuning is null ? (resolved.Folds * resolved.Repeats) - 1 : 0;
            var steady = WantsAny(TrainIds) || needs.HasFlag(ProbeNeeds.SteadyFits) ? TimingFits.Planned(fit, _protocol.WarmUp.Maximum, steadyAlready) : 0;
            Add(QualityIds.TrainTime, PlannedFits.Exactly(1 + _protocol.TimingRuns + steady, 1), TimeSpan.Zero, "the final fit, then fits until enough ran at steady state");
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
            if (probe.Needs(scope).HasFlag(ProbeNeeds.OutOfFold) && !crossValidates && test is null && !stages.Any(s => s.Note == OutOfFoldNote))
            {
                Add(probe.Stage, own with { Minimum = own.Minimum + resolved.Folds, Maximum = own.Maximum + resolved.Folds, RowShare = foldShare }, probe.TimedWork(plan), OutOfFoldNote);
                continue;
            }

            Add(probe.Stage, own, probe.TimedWork(plan));
        }

        return new MeasurementPlan { Name = name, FirstFitSeconds = first, FitSeconds = fit, FitBasis = basis, Stages = stages };
    }

    private const string OutOfFoldNote = "refits the first repeat's folds for their out-of-fold outputs";

    /// <summary>
    /// The first fit on all training rows, and more while they are short; then, when fits are short, fits on
    /// <paramref name="smallShare"/> of the rows (the learning curve's smallest); and the
    /// warm-up of the last model's predictions when <paramref name="warm"/> (a timed stage of predictions will run).
    /// Returns the first fit's seconds, the cost of a fit as a line through the two sizes, how it was found, and the
    /// warm-up's seconds.
    /// </summary>
    private (double First, FitCost Cost, string Basis, double WarmUp) TimeFits(ITechnique technique, Dataset train, double smallShare, bool warm, CancellationToken cancellationToken)
    {
        var seed = Seeds.Derive(_protocol.Seed, 4);
        var start = _context.Time.GetTimestamp();
        var (model, record) = _runner.Fit(technique, train, seed, cancellationToken, detailed: false);
        var rows = QualityFormat.Count(train.RowCount);
        if (record.WallSeconds >= LongFit.TotalSeconds)
        {
            // Compilation is a small share of so long a fit, and a fixed cost per fit a smaller one still.
            using (model)
            {
                return (record.WallSeconds, FitCost.Proportional(record.WallSeconds), $"one timed fit on all {rows} training rows ({QualityFormat.Seconds(record.WallSeconds)})", warm ? WarmUpSeconds(model, train, cancellationToken) : 0);
            }
        }

        var later = new List<double>();
        while (later.Count < MostTimedFits - 1 && (later.Count == 0 || _context.Time.GetElapsedTime(start) < ShortFit))
        {
            model.Dispose();
            (model, var timing) = _runner.Fit(technique, train, seed, cancellationToken, detailed: false);
            later.Add(timing.WallSeconds);
        }

        var median = Descriptive.Median(later);
        var fits = later.Count == 1 ? "1 timed fit" : $"{QualityFormat.Count(later.Count)} timed fits";
        var basis = $"the median of {fits} on all {rows} training rows after a first of {QualityFormat.Seconds(record.WallSeconds)} (which paid for compilation): {QualityFormat.Seconds(median)}";
        var warmUp = warm ? WarmUpSeconds(model, train, cancellationToken) : 0;
        model.Dispose();
        var smallRows = DataNeedsProbe.Subsample(train, smallShare, seed);
        if (smallRows.Length >= train.RowCount)
        {
            return (record.WallSeconds, FitCost.Proportional(median), basis, warmUp);
        }

        // A small fit is not that share of a full one: ML.NET builds its pipeline for every fit. Timed as most fits are
        // (untimed by the run: tuning's, stability's), their median and the full fits' give a line.
        var small = train.Subset(smallRows);
        var smallStart = _context.Time.GetTimestamp();
        var smallTimes = new List<double>();
        while (smallTimes.Count < MostTimedFits && (smallTimes.Count == 0 || _context.Time.GetElapsedTime(smallStart) < ShortFit))
        {
            var (next, timing) = _runner.Fit(technique, small, seed, cancellationToken, detailed: false);
            next.Dispose();
            smallTimes.Add(timing.WallSeconds);
        }

        var smallMedian = Descriptive.Median(smallTimes);
        var cost = FitCost.Through(smallRows.Length / (double)train.RowCount, smallMedian, median);
        return (record.WallSeconds, cost, $"{basis}; and of {QualityFormat.Count(smallTimes.Count)} on {QualityFormat.Count(smallRows.Length)} rows: {QualityFormat.Seconds(smallMedian)}; a fit is taken to cost {QualityFormat.Seconds(cost.Fixed)} plus {QualityFormat.Seconds(cost.PerShare)} x its share of the rows", warmUp);
    }

    private double WarmUpSeconds(IModel model, Dataset train, CancellationToken cancellationToken)
    {
        var rows = train.Subset(Metrics.AllRows(Math.Min(train.RowCount, WarmUpRows)));
        return LatencyProbe.WarmUpSeconds(model, rows.ToRowMajor(), rows.FeatureCount, _protocol.WarmUp, _context, cancellationToken);
    }
}
