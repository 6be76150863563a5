using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Absorbing new rows: fit on 90% of the first part's training rows, update with the other 10%, against the
/// part's own model (a full fit on 100%); update and retrain are both timed warm, as medians of several (docs/PROTOCOL.md);
/// then a stream of batches, each predicted before it is learned (River's progressive validation).
/// </summary>
internal static class IncrementalProbe
{
    public const int Batches = 5;

    public static readonly string[] Ids = [QualityIds.IncrementalUpdateTime, QualityIds.IncrementalRetrainTime, QualityIds.IncrementalUpdateAccuracy, QualityIds.IncrementalAccuracyLoss, QualityIds.IncrementalStreamAccuracy];

    public static Dictionary<string, QualityValue> NotSupported(string techniqueId) =>
        Ids.ToDictionary(id => id, id => QualityFactory.Unavailable(id, $"not supported: {techniqueId} cannot learn incrementally"), StringComparer.Ordinal);

    /// <summary>Timed updates, each of a fresh copy of the same model with the same rows, after the warm-up.</summary>
    public const int Updates = 5;

    public const int MaxWarmUpUpdates = 200;

    /// <param name="technique">The incremental technique.</param>
    /// <param name="part">The first held-out part.</param>
    /// <param name="retrainSeconds">Wall seconds of the fits at steady state on as many rows as the part's training rows.</param>
    /// <param name="runner">Fits the models.</param>
    /// <param name="context">The clocks.</param>
    /// <param name="warmUp">The protocol's warm-up.</param>
    /// <param name="budget">The technique's limits.</param>
    /// <param name="seed">The study's seed.</param>
    public static Dictionary<string, QualityValue> Measure(
        IIncrementalTechnique technique, HeldOutPart part, IReadOnlyList<double> retrainSeconds, FitRunner runner, ProbeContext context, WarmUpSpec warmUp, Budget budget, int seed)
    {
        var train = part.Train;
        var order = Metrics.AllRows(train.RowCount);
        new Random(Seeds.Derive(seed, 50)).Shuffle(order);
        var cut = (int)Math.Round(0.9 * order.Length);
        var (first, _) = runner.Fit(technique, train.Subset(order.AsSpan(0, cut)), part.FitSeed, budget.Token, detailed: false);
        var batch = train.Subset(order.AsSpan(cut));
        var saved = Saved(first);
        var (updated, _) = Update(technique, first, batch, part.FitSeed, runner, context, budget);
        double updatedScore;
        using (updated)
        {
            updatedScore = Scoring.Score(part.Test, AccuracyProbe.Predict(updated, part.Test));
        }

        var (updates, warm) = WarmUpdates(technique, saved, batch, part.FitSeed, runner, context, warmUp, budget);
        var retrainScore = Scoring.Score(part.Test, part.Outputs);
        var retrains = retrainSeconds.Count > 0 ? retrainSeconds : [part.Fit.WallSeconds];
        var score = Scoring.Name(train.Task);
        var setup = $"the first part's {QualityFormat.Count(train.RowCount)} training rows in a seeded random order: a fit on the first {QualityFormat.Count(cut)} (90%), then Update with the other {QualityFormat.Count(batch.RowCount)}";
        var updateTime = Timing(QualityIds.IncrementalUpdateTime, updates, $"median wall seconds of {QualityFormat.Count(updates.Count)} Updates on {setup}, each of a fresh copy of the fitted model (loaded from its saved form, untimed), after {warm.Describe("update")}; 95% interval of the median from order statistics") with
        {
            Note = warm.Steady ? null : "warm-up did not reach steady state",
        };
        var retrainTime = Timing(QualityIds.IncrementalRetrainTime, retrains, retrainSeconds.Count > 0
            ? $"median wall seconds of the {QualityFormat.Count(retrains.Count)} full fits at steady state on as many rows as the first part's {QualityFormat.Count(train.RowCount)} training rows (cross-validation folds, held-out parts and extra fits), which an update replaces; 95% interval of the median from order statistics"
            : $"wall seconds of the first part's own fit on its {QualityFormat.Count(train.RowCount)} training rows, which an update replaces: no fit of that size ran at steady state within the warm-up limit");
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            [QualityIds.IncrementalUpdateTime] = updateTime with { Details = UpdateDetails(retrainTime.Value, updateTime.Value, batch.RowCount) },
            [QualityIds.IncrementalRetrainTime] = retrainTime with { Note = retrainSeconds.Count > 0 ? null : "not at steady state" },
            [QualityIds.IncrementalUpdateAccuracy] = QualityFactory.Create(QualityIds.IncrementalUpdateAccuracy, updatedScore, $"held-out {score} of the updated model ({setup})") with
            {
                SampleCount = part.Test.RowCount,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["retrained"] = retrainScore },
            },
            [QualityIds.IncrementalAccuracyLoss] = QualityFactory.Create(QualityIds.IncrementalAccuracyLoss, retrainScore - updatedScore, $"held-out {score} of the full fit on 100% minus that of the updated model ({setup})") with { SampleCount = part.Test.RowCount },
        };
        result[QualityIds.IncrementalStreamAccuracy] = Stream(technique, part, order, runner, context, budget, score);
        return result;
    }

    // Update timings from identical starting points: each copy is read back from the saved model, so every timed
    // update absorbs the same rows into the same model, as a retrain always starts from nothing.
    private static (List<double> Seconds, WarmUpRecord WarmUp) WarmUpdates(
        IIncrementalTechnique technique, byte[] saved, Dataset batch, int seed, FitRunner runner, ProbeContext context, WarmUpSpec warmUp, Budget budget)
    {
        double Timed()
        {
            using var stream = new MemoryStream(saved, writable: false);
            var copy = technique.Load(stream);
            var (updated, seconds) = Update(technique, copy, batch, seed, runner, context, budget);
            updated.Dispose();
            return seconds;
        }

        var steady = new SteadyState(warmUp, context.Jit, context.Time, window: 2, tolerance: 0.25, MaxWarmUpUpdates);
        while (!steady.Add(Timed()))
        {
        }

        var seconds = new List<double>();
        for (var i = 0; i < Updates; i++)
        {
            seconds.Add(Timed());
        }

        return (seconds, steady.Outcome!);
    }

    private static QualityValue Timing(string id, IReadOnlyList<double> seconds, string protocol)
    {
        var (lower, upper, _) = MedianInterval.Of(seconds);
        return QualityFactory.Create(id, Descriptive.Median(seconds), protocol) with
        {
            Lower = seconds.Count > 1 ? lower : null,
            Upper = seconds.Count > 1 ? upper : null,
            Std = seconds.Count > 1 ? Descriptive.Std(seconds) : null,
            SampleCount = seconds.Count,
            Samples = seconds,
        };
    }

    private static byte[] Saved(IModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    // The speed-up is left out when the update took no measurable time, rather than written as infinity.
    private static Dictionary<string, double> UpdateDetails(double retrainSeconds, double updateSeconds, int rowsAdded)
    {
        var details = new Dictionary<string, double>(StringComparer.Ordinal) { ["retrain-seconds"] = retrainSeconds, ["rows-added"] = rowsAdded };
        if (updateSeconds > 0)
        {
            details["speedup"] = retrainSeconds / updateSeconds;
        }

        return details;
    }

    private static QualityValue Stream(IIncrementalTechnique technique, HeldOutPart part, int[] order, FitRunner runner, ProbeContext context, Budget budget, string score)
    {
        var train = part.Train;
        var start = order.Length / 2;
        var (model, _) = runner.Fit(technique, train.Subset(order.AsSpan(0, start)), part.FitSeed, budget.Token, detailed: false);
        var scores = new List<double>();
        var details = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            for (var b = 0; b < Batches; b++)
            {
                var from = start + ((order.Length - start) * b / Batches);
                var to = start + ((order.Length - start) * (b + 1) / Batches);
                if (to <= from)
                {
                    continue;
                }

                var batch = train.Subset(order.AsSpan(from, to - from));
                var batchScore = Scoring.Score(batch, AccuracyProbe.Predict(model, batch));
                var (next, seconds) = Update(technique, model, batch, part.FitSeed, runner, context, budget);
                model = next;
                scores.Add(batchScore);
                var name = $"batch-{QualityFormat.Count(b + 1)}";
                details[name + " " + score] = batchScore;
                details[name + " update-seconds"] = seconds;
                details[name + " rows"] = to - from;
            }
        }
        finally
        {
            model.Dispose();
        }

        return QualityFactory.Create(QualityIds.IncrementalStreamAccuracy, Descriptive.Mean(scores), $"progressive validation (River): a fit on the first half of the first part's training rows (seeded order), then {QualityFormat.Count(Batches)} batches of the other half, each predicted ({score}) before the model is updated with it; mean over batches; per-batch {score} and update time in Details") with
        {
            Std = scores.Count > 1 ? Descriptive.Std(scores) : null,
            SampleCount = scores.Count,
            Samples = scores,
            Details = details,
        };
    }

    private static (IModel Model, double Seconds) Update(IIncrementalTechnique technique, IModel model, Dataset rows, int seed, FitRunner runner, ProbeContext context, Budget budget)
    {
        budget.Check();
        // The collection that precedes every fit precedes every update too: without it the warm-up updates' garbage
        // (the network's row-major copy of the batch, 19 MB an update on Fashion-MNIST) piled up until the runtime
        // collected, and a timed update could pay for collecting the ones before it.
        FitRunner.CollectBeforeFit(rows);
        var start = context.Time.GetTimestamp();
        var updated = technique.Update(model, rows, new FitContext { Seed = seed, Threads = runner.Threads, CancellationToken = budget.Token });
        var seconds = context.SecondsSince(start);
        if (!ReferenceEquals(updated, model))
        {
            model.Dispose();
        }

        return (updated, seconds);
    }
}
