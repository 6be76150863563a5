using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
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
    public const int BootstrapCount = 3;

    /// <summary>Regression predictions differ when they are further apart than this share of the target's standard deviation.</summary>
    public const double RegressionTolerance = 0.01;

    /// <summary>The seed of part <paramref name="part"/>'s <paramref name="retrain"/>-th retrain (1 for the first after the part's own fit).</summary>
    public static int RetrainSeed(int seed, int part, int retrain) => Seeds.Derive(seed, 22, part, retrain);

    /// <summary>
    /// Whether train-time's timing fits on all training rows are retrains of stability's part: with a test set that part
    /// is the final fit, on the same rows, and a technique measured as given fits them the same way. The engine collects
    /// them (<see cref="TechniqueRun.Retrains"/>), <see cref="TimingFits"/> seeds them and the plan counts them once, by
    /// this rule, <see cref="MakesRetrain"/> and <see cref="RetrainsMadeBy"/>.
    /// </summary>
    public static bool TimingFitsAreRetrains(bool testSet, bool tuned) => testSet && !tuned;

    /// <summary>Whether the <paramref name="timingFit"/>-th timing fit (from 0) makes retrain <paramref name="timingFit"/> + 1: while below the most seeds.</summary>
    public static bool MakesRetrain(int timingFit, RepetitionSpec repetition) => timingFit + 1 < repetition.Maximum;

    /// <summary>How many of stability's retrains <paramref name="timingFits"/> timing fits make.</summary>
    public static int RetrainsMadeBy(int timingFits, RepetitionSpec repetition) => Enumerable.Range(0, timingFits).Count(i => MakesRetrain(i, repetition));

    /// <summary>
    /// Seeds per part by <paramref name="repetition"/> (the part's own fit is the first): after each round of one
    /// more seed on every part, the 95% interval of the spread pooled over the parts decides whether to go on. A
    /// retrain whose outputs on its part's held-out rows <paramref name="made"/> holds by seed (fitted earlier on the
    /// same rows with the same technique and seed: train-time's timing fits with a test set) is not fitted again.
    /// </summary>
    public static Dictionary<string, QualityValue> Measure(
        IReadOnlyList<HeldOutPart> parts, FitRunner runner, Budget budget, int seed, string partsText, RepetitionSpec repetition, IReadOnlyDictionary<int, float[]>? made = null)
    {
        var task = parts[0].Test.Task;
        var width = parts[0].Test.OutputLength;
        var scores = parts.Select(p => new List<double> { Scoring.Score(p.Test, p.Outputs) }).ToList();
        var decisions = parts.Select(p => new List<float[]> { Scoring.Decisions(task, width, p.Outputs) }).ToList();
        var fits = ConcurrentFits.For(parts[0].Technique, runner, parts[0].Train);
        var seeds = 1 + Repetition.Run(
            repetition with { Minimum = repetition.Minimum - 1, Maximum = repetition.Maximum - 1 },
            budget,
            round =>
            {
                // A round's fits (one per part) are independent: they may run side by side, and are taken in part order.
                var outputs = fits.Run(parts.Count, p =>
                {
                    budget.Check();
                    var part = parts[p];
                    var retrain = RetrainSeed(seed, part.Index, round + 1);
                    return part.Index == 0 && made is not null && made.TryGetValue(retrain, out var outputs)
                        ? outputs
                        : FitAndPredict(part.Technique, part.Train, part.Test, retrain, fits, budget);
                });
                for (var p = 0; p < parts.Count; p++)
                {
                    scores[p].Add(Scoring.Score(parts[p].Test, outputs[p]));
                    decisions[p].Add(Scoring.Decisions(task, width, outputs[p]));
                }
            },
            () => Repetition.SpreadInterval(scores) is { } i ? (i.Upper - i.Lower) / 2 : null);
        var spreads = scores.Select(s => Descriptive.Std(s)).ToList();
        var churns = parts.Select((p, i) => MeanChurn(decisions[i], Tolerance(p.Train))).ToList();
        var allScores = scores.SelectMany(s => s).ToList();
        var interval = Repetition.SpreadInterval(scores);
        var seedsText = Repetition.Describe(repetition, seeds, "fit", "fits with different seeds on the same training rows (the part's own fit and retrains)") + fits.Describe();
        var score = Scoring.Name(task);
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            [QualityIds.StabilityAccuracySpread] = QualityFactory.Create(QualityIds.StabilityAccuracySpread, Descriptive.Mean(spreads), $"standard deviation of the held-out {score} of {seedsText}, on {partsText}; mean over parts; 95% interval of the spread pooled over parts (chi-square)") with
            {
                Lower = interval?.Lower,
                Upper = interval?.Upper,
                SampleCount = allScores.Count,
                Samples = allScores,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["seeds"] = seeds, ["repetitions"] = seeds, ["parts"] = parts.Count },
            },
            [QualityIds.StabilityChurn] = QualityFactory.Create(QualityIds.StabilityChurn, Descriptive.Mean(churns), $"share of held-out rows whose prediction ({Decision(task)}) differs between two fits with different seeds, mean over the {QualityFormat.Count(seeds * (seeds - 1) / 2)} pairs of {seedsText}, on {partsText}; mean over parts") with
            {
                Std = churns.Count > 1 ? Descriptive.Std(churns) : null,
                SampleCount = churns.Count,
                Samples = churns,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["repetitions"] = seeds },
            },
        };
        result[QualityIds.StabilityBootstrapSpread] = Bootstrap(parts[0], fits, budget, seed, score);
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

    private static QualityValue Bootstrap(HeldOutPart part, ConcurrentFits fits, Budget budget, int seed, string score)
    {
        var task = part.Test.Task;
        // Each resample's rows come from its own seeded draw, so the fits are independent and may run side by side.
        var outputs = fits.Run(BootstrapCount, b =>
        {
            budget.Check();
            var random = new Random(Seeds.Derive(seed, 23, b));
            var rows = new int[part.Train.RowCount];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(rows.Length);
            }

            return FitAndPredict(part.Technique, part.Train.Subset(rows), part.Test, part.FitSeed, fits, budget);
        });
        var scores = outputs.Select(o => Scoring.Score(part.Test, o)).ToList();
        var decisions = outputs.Select(o => Scoring.Decisions(task, part.Test.OutputLength, o)).ToList();

        return QualityFactory.Create(QualityIds.StabilityBootstrapSpread, Descriptive.Std(scores), $"standard deviation of the held-out {score} of {QualityFormat.Count(BootstrapCount)} fits (same fit seed) on bootstrap resamples (rows drawn with replacement, seeded) of the first part's training rows{fits.Describe()}") with
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

    private static float[] FitAndPredict(ITechnique technique, Dataset train, Dataset test, int fitSeed, ConcurrentFits fits, Budget budget)
    {
        using var model = fits.Fit(technique, train, fitSeed, budget.Token);
        return AccuracyProbe.Predict(model, test);
    }

    private static double Tolerance(Dataset train) =>
        train.Task.IsClassification() ? 0.5 : RegressionTolerance * Descriptive.Std([.. train.Target.Values.Select(v => (double)v)]);

    private static string Decision(TaskKind task) =>
        task.IsClassification() ? "the predicted class" : $"the value, beyond {Invariant.Number(RegressionTolerance)} x the target's standard deviation";
}
