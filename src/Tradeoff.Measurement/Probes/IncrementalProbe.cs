using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Absorbing new rows: fit on 90% of the first part's training rows, update with the other 10%, against the
/// part's own model (a full fit on 100%); then a stream of batches, each predicted before it is learned
/// (River's progressive validation).
/// </summary>
internal static class IncrementalProbe
{
    public const int Batches = 5;

    public static readonly string[] Ids = ["incremental.update-time", "incremental.retrain-time", "incremental.update-accuracy", "incremental.accuracy-loss", "incremental.stream-accuracy"];

    public static Dictionary<string, QualityValue> NotSupported(string techniqueId) =>
        Ids.ToDictionary(id => id, id => QualityFactory.Unavailable(id, $"not supported: {techniqueId} cannot learn incrementally"), StringComparer.Ordinal);

    public static Dictionary<string, QualityValue> Measure(IIncrementalTechnique technique, HeldOutPart part, FitRunner runner, ProbeContext context, Budget budget, int seed)
    {
        var train = part.Train;
        var order = Metrics.AllRows(train.RowCount);
        new Random(Seeds.Derive(seed, 50)).Shuffle(order);
        var cut = (int)Math.Round(0.9 * order.Length);
        var (first, _) = runner.Fit(technique, train.Subset(order.AsSpan(0, cut)), part.FitSeed, budget.Token, detailed: false);
        var (updated, updateSeconds) = Update(technique, first, train.Subset(order.AsSpan(cut)), part.FitSeed, runner, context, budget);
        double updatedScore;
        using (updated)
        {
            updatedScore = Scoring.Score(part.Test, AccuracyProbe.Predict(updated, part.Test));
        }

        var retrainScore = Scoring.Score(part.Test, part.Outputs);
        var retrainSeconds = part.Fit.WallSeconds;
        var score = Scoring.Name(train.Task);
        var setup = $"the first part's {Invariant.Count(train.RowCount)} training rows in a seeded random order: a fit on the first {Invariant.Count(cut)} (90%), then Update with the other {Invariant.Count(order.Length - cut)}";
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            ["incremental.update-time"] = QualityFactory.Create("incremental.update-time", updateSeconds, $"wall seconds of one Update on {setup}") with
            {
                SampleCount = 1,
                Details = UpdateDetails(retrainSeconds, updateSeconds, order.Length - cut),
            },
            ["incremental.retrain-time"] = QualityFactory.Create("incremental.retrain-time", retrainSeconds, $"wall seconds of the full fit on all {Invariant.Count(train.RowCount)} rows of the first part, which the update replaces") with { SampleCount = 1 },
            ["incremental.update-accuracy"] = QualityFactory.Create("incremental.update-accuracy", updatedScore, $"held-out {score} of the updated model ({setup})") with
            {
                SampleCount = part.Test.RowCount,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["retrained"] = retrainScore },
            },
            ["incremental.accuracy-loss"] = QualityFactory.Create("incremental.accuracy-loss", retrainScore - updatedScore, $"held-out {score} of the full fit on 100% minus that of the updated model ({setup})") with { SampleCount = part.Test.RowCount },
        };
        result["incremental.stream-accuracy"] = Stream(technique, part, order, runner, context, budget, score);
        return result;
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
                var name = $"batch-{Invariant.Count(b + 1)}";
                details[name + " " + score] = batchScore;
                details[name + " update-seconds"] = seconds;
                details[name + " rows"] = to - from;
            }
        }
        finally
        {
            model.Dispose();
        }

        return QualityFactory.Create("incremental.stream-accuracy", Descriptive.Mean(scores), $"progressive validation (River): a fit on the first half of the first part's training rows (seeded order), then {Invariant.Count(Batches)} batches of the other half, each predicted ({score}) before the model is updated with it; mean over batches; per-batch {score} and update time in Details") with
        {
            Std = scores.Count > 1 ? Descriptive.Std(scores) : null,
            SampleCount = scores.Count,
            Samples = scores,
            Details = details,
        };
    }

    private static (IModel Model, double Seconds) Update(IIncrementalTechnique technique, IModel model, Core.Data.Dataset rows, int seed, FitRunner runner, ProbeContext context, Budget budget)
    {
        budget.Check();
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
