using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Retrains on the same rows with other seeds, and on bootstrap resamples of the rows: the spread of the score
/// and the share of held-out predictions that change (churn).
/// </summary>
internal static class StabilityProbe
{
    public const int SeedCount = 3;

    public const int BootstrapCount = 3;

    /// <summary>Regression predictions differ when they are further apart than this share of the target's standard deviation.</summary>
    public const double RegressionTolerance = 0.01;

    public static Dictionary<string, QualityValue> Measure(IReadOnlyList<HeldOutPart> parts, FitRunner runner, Budget budget, int seed, string partsText)
    {
        var task = parts[0].Test.Task;
        var width = parts[0].Test.OutputLength;
        var spreads = new List<double>();
        var churns = new List<double>();
        var allScores = new List<double>();
        foreach (var part in parts)
        {
            var scores = new List<double> { Scoring.Score(part.Test, part.Outputs) };
            var decisions = new List<float[]> { Scoring.Decisions(task, width, part.Outputs) };
            for (var s = 1; s < SeedCount; s++)
            {
                budget.Check();
                var outputs = FitAndPredict(part.Technique, part.Train, part.Test, Seeds.Derive(seed, 22, part.Index, s), runner, budget);
                scores.Add(Scoring.Score(part.Test, outputs));
                decisions.Add(Scoring.Decisions(task, width, outputs));
            }

            allScores.AddRange(scores);
            spreads.Add(Descriptive.Std(scores));
            churns.Add(MeanChurn(decisions, Tolerance(part.Train)));
        }

        var score = Scoring.Name(task);
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            [QualityIds.StabilityAccuracySpread] = QualityFactory.Create(QualityIds.StabilityAccuracySpread, Descriptive.Mean(spreads), $"standard deviation of the held-out {score} of {QualityFormat.Count(SeedCount)} fits with different seeds on the same training rows (the part's own fit and {QualityFormat.Count(SeedCount - 1)} retrains), on {partsText}; mean over parts") with
            {
                SampleCount = allScores.Count,
                Samples = allScores,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["seeds"] = SeedCount, ["parts"] = parts.Count },
            },
            [QualityIds.StabilityChurn] = QualityFactory.Create(QualityIds.StabilityChurn, Descriptive.Mean(churns), $"share of held-out rows whose prediction ({Decision(task)}) differs between two fits with different seeds, mean over the {QualityFormat.Count(SeedCount * (SeedCount - 1) / 2)} pairs of {QualityFormat.Count(SeedCount)} fits, on {partsText}; mean over parts") with
            {
                Std = churns.Count > 1 ? Descriptive.Std(churns) : null,
                SampleCount = churns.Count,
                Samples = churns,
            },
        };
        result[QualityIds.StabilityBootstrapSpread] = Bootstrap(parts[0], runner, budget, seed, score);
        return result;
    }

    /// <summary>The mean over pairs of the share of rows whose decisions differ.</summary>
    public static double MeanChurn(IReadOnlyList<float[]> decisions, double tolerance)
    {
        var sum = 0.0;
        var pairs = 0;
        for (var a = 0; a < decisions.Count; a++)
        {
            for (var b = a + 1; b < decisions.Count; b++)
            {
                var differ = 0;
                for (var r = 0; r < decisions[a].Length; r++)
                {
                    differ += Math.Abs(decisions[a][r] - decisions[b][r]) > tolerance ? 1 : 0;
                }

                sum += decisions[a].Length == 0 ? 0 : differ / (double)decisions[a].Length;
                pairs++;
            }
        }

        return pairs == 0 ? 0 : sum / pairs;
    }

    private static QualityValue Bootstrap(HeldOutPart part, FitRunner runner, Budget budget, int seed, string score)
    {
        var task = part.Test.Task;
        var scores = new List<double>();
        var decisions = new List<float[]>();
        for (var b = 0; b < BootstrapCount; b++)
        {
            budget.Check();
            var random = new Random(Seeds.Derive(seed, 23, b));
            var rows = new int[part.Train.RowCount];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(rows.Length);
            }

            var outputs = FitAndPredict(part.Technique, part.Train.Subset(rows), part.Test, part.FitSeed, runner, budget);
            scores.Add(Scoring.Score(part.Test, outputs));
            decisions.Add(Scoring.Decisions(task, part.Test.OutputLength, outputs));
        }

        return QualityFactory.Create(QualityIds.StabilityBootstrapSpread, Descriptive.Std(scores), $"standard deviation of the held-out {score} of {QualityFormat.Count(BootstrapCount)} fits (same fit seed) on bootstrap resamples (rows drawn with replacement, seeded) of the first part's training rows") with
        {
            SampleCount = scores.Count,
            Samples = scores,
            Details = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["mean"] = Descriptive.Mean(scores),
                ["churn"] = MeanChurn(decisions, Tolerance(part.Train)),
            },
        };
    }

    private static float[] FitAndPredict(ITechnique technique, Dataset train, Dataset test, int fitSeed, FitRunner runner, Budget budget)
    {
        var (model, _) = runner.Fit(technique, train, fitSeed, budget.Token, detailed: false);
        using (model)
        {
            return AccuracyProbe.Predict(model, test);
        }
    }

    private static double Tolerance(Dataset train) =>
        train.Task.IsClassification() ? 0.5 : RegressionTolerance * Descriptive.Std([.. train.Target.Values.Select(v => (double)v)]);

    private static string Decision(TaskKind task) =>
        task.IsClassification() ? "the predicted class" : $"the value, beyond {Invariant.Number(RegressionTolerance)} x the target's standard deviation";
}
