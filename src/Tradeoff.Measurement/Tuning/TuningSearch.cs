using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// One search over one technique's configurations on one set of rows: the strategy proposes, an inner
/// cross-validation on those rows only scores, and the best score on the plan's metric wins (the earlier trial on
/// a tie, which in the cost-frugal order is the cheaper). The search sees nothing but the rows it is given,
/// which is what makes the nested evaluation honest.
/// </summary>
internal sealed class TuningSearch
{
    // Proposals that repeat an earlier configuration (integer rounding) are answered from memory; this bounds them.
    private const int ProposalsPerTrial = 20;

    private readonly SearchPlan _plan;
    private readonly ProbeContext _context;
    private readonly TrialEvaluator _evaluator;
    private readonly IMeasurementProgress? _progress;
    private readonly Direction _direction;

    public TuningSearch(SearchPlan plan, ProbeContext context, FitRunner runner, IMeasurementProgress? progress)
    {
        _plan = plan;
        _context = context;
        _evaluator = new TrialEvaluator(plan, runner, context);
        _progress = progress;
        _direction = QualityCatalog.Find(plan.Metric)?.Direction ?? Direction.HigherIsBetter;
    }

    /// <summary>
    /// Tries up to <paramref name="maxTrials"/> configurations on <paramref name="rows"/>, starting no new trial
    /// once <paramref name="timeAllowed"/> has passed (the first trial always runs). <paramref name="splitSeed"/>
    /// cuts the inner folds. Progress hears of each trial as it starts and, when <paramref name="summarize"/>, of the
    /// search's end in one line.
    /// </summary>
    public SearchOutcome Run(Dataset rows, int maxTrials, TimeSpan? timeAllowed, int splitSeed, string stage, bool summarize, CancellationToken cancellationToken)
    {
        var start = _context.Time.GetTimestamp();
        var inner = ResolvedProtocol.Resolve(new ProtocolSpec { Folds = Math.Min(_plan.Spec.InnerFolds, rows.RowCount), Seed = splitSeed }, rows, test: null);
        var splits = Splitter.Splits(rows, inner);
        var strategy = Strategy();
        var trials = new List<TrialResult>();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var budgetReached = false;
        using var budget = new Budget(_context.Time, null, cancellationToken);
        for (var proposals = 0; trials.Count < maxTrials && proposals < maxTrials * ProposalsPerTrial; proposals++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (timeAllowed is { } allowed && trials.Count > 0 && _context.Time.GetElapsedTime(start) >= allowed)
            {
                budgetReached = true;
                break;
            }

            var point = strategy.Next();
            var settings = point is null ? _plan.Defaults() : _plan.Space.At(point);
            var key = string.Join(";", settings.Select(p => p.Key + "=" + p.Value));
            if (scores.TryGetValue(key, out var known))
            {
                strategy.Tell(known);
                continue;
            }

            _progress?.Started(_plan.Name, $"{stage} {trials.Count + 1}/{maxTrials}");
            var trial = _evaluator.Evaluate(trials.Count + 1, settings, rows, inner, splits, budget);
            var score = Score(trial);
            scores[key] = score;
            strategy.Tell(score);
            trials.Add(trial);
        }

        var outcome = new SearchOutcome(trials, Best(trials), budgetReached, _context.SecondsSince(start));
        if (summarize)
        {
            // One line per search, not per trial: a nested evaluation runs hundreds of trials.
            var best = outcome.Best is { } b ? $", best {_plan.Metric} {QualityFormat.Value(b.Qualities[_plan.Metric].Value, b.Qualities[_plan.Metric].Unit)} (trial {QualityFormat.Count(b.Index)})" : ", none fitted";
            _progress?.Finished(_plan.Name, $"{stage}: {QualityFormat.Count(trials.Count)} trials{best}", TimeSpan.FromSeconds(outcome.Seconds));
        }

        return outcome;
    }

    /// <summary>The trial's metric oriented so that higher is better; NaN when it failed or the metric is undefined.</summary>
    public double Score(TrialResult trial)
    {
        if (trial.Status != TechniqueStatus.Measured || !trial.Qualities.TryGetValue(_plan.Metric, out var value) || !value.IsAvailable)
        {
            return double.NaN;
        }

        return _direction == Direction.LowerIsBetter ? -value.Value : value.Value;
    }

    // The best score; among trials that tie on it exactly (pruned trees often do), the smallest model, then the
    // earliest trial: the simpler of two equally scored configurations, as the selection's tie rule chooses.
    private TrialResult? Best(List<TrialResult> trials)
    {
        TrialResult? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var trial in trials)
        {
            var score = Score(trial);
            if (score > bestScore || score == bestScore && best is not null && Size(trial) < Size(best))
            {
                (best, bestScore) = (trial, score);
            }
        }

        return best;
    }

    private static double Size(TrialResult trial) =>
        trial.Qualities.TryGetValue(QualityIds.ModelSize, out var size) && size.Value is { } bytes ? bytes : double.PositiveInfinity;

    private ISearchStrategy Strategy()
    {
        var seed = Seeds.Derive(_plan.Seed, 60);
        return _plan.Spec.Strategy == TuningStrategy.CostFrugal
            ? new CostFrugalSearch(_plan.CheapestPoint(), seed)
            : new RandomSearch(_plan.Space.Dimensions.Count, seed);
    }
}
