using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Scores under perturbed inputs (Gaussian noise on numeric features, random nominal levels) and of a model
/// trained on flipped labels, each beside the clean score of the same part.
/// </summary>
internal static class RobustnessProbe
{
    public const double NominalShare = 0.1;

    public const double LabelShare = 0.1;

    public static Dictionary<string, QualityValue> Measure(IReadOnlyList<HeldOutPart> parts, FitRunner runner, Budget budget, int seed, string partsText, RepetitionSpec? labels)
    {
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        var data = parts[0].Test;
        var score = Scoring.Name(data.Task);
        var clean = parts.Select(p => Scoring.Score(p.Test, p.Outputs)).ToList();
        if (data.Features.Any(c => !c.IsNominal))
        {
            double[] levels = [0.1, 0.3];
            var stds = parts.Select(p => Perturbation.NumericStd(p.Train)).ToList();
            for (var l = 0; l < levels.Length; l++)
            {
                var noisy = parts.Select((p, i) =>
                {
                    budget.Check();
                    var matrix = Perturbation.GaussianNoise(p.TestMatrix, stds[i], levels[l], new Random(Seeds.Derive(seed, 20, p.Index, l)));
                    return Scoring.Score(p.Test, Scoring.Predict(p.Model, matrix, p.Test.RowCount));
                }).ToList();
                var line = $"{score} on the held-out rows of {partsText} with Gaussian noise of {Invariant.Number(levels[l])} x the training part's standard deviation added to every numeric feature (seeded); mean over parts";
                var id = l == 0 ? QualityIds.RobustnessNoise01 : QualityIds.RobustnessNoise03;
                result[id] = Pair(id, noisy, clean, line);
                if (l == 0)
                {
                    result[QualityIds.RobustnessNoiseDrop] = Drop(QualityIds.RobustnessNoiseDrop, noisy, clean, line);
                }
            }
        }
        else
        {
            foreach (var id in (string[])[QualityIds.RobustnessNoise01, QualityIds.RobustnessNoise03, QualityIds.RobustnessNoiseDrop])
            {
                result[id] = QualityFactory.Unavailable(id, "not available: the data have no numeric feature to add noise to");
            }
        }

        if (data.Features.Any(c => c.IsNominal))
        {
            var noisy = parts.Select(p =>
            {
                budget.Check();
                var matrix = Perturbation.NominalNoise(p.TestMatrix, p.Test, NominalShare, new Random(Seeds.Derive(seed, 20, p.Index, 2)));
                return Scoring.Score(p.Test, Scoring.Predict(p.Model, matrix, p.Test.RowCount));
            }).ToList();
            var line = $"{score} on the held-out rows of {partsText} with each nominal value replaced, with probability 10%, by a level drawn uniformly (seeded); mean over parts";
            result[QualityIds.RobustnessNominalNoise] = Pair(QualityIds.RobustnessNominalNoise, noisy, clean, line);
            result[QualityIds.RobustnessNominalNoiseDrop] = Drop(QualityIds.RobustnessNominalNoiseDrop, noisy, clean, line);
        }
        else
        {
            result[QualityIds.RobustnessNominalNoise] = QualityFactory.Unavailable(QualityIds.RobustnessNominalNoise, "not available: the data have no nominal feature");
            result[QualityIds.RobustnessNominalNoiseDrop] = QualityFactory.Unavailable(QualityIds.RobustnessNominalNoiseDrop, "not available: the data have no nominal feature");
        }

        if (labels is not null)
        {
            AddLabelNoise(result, parts, runner, budget, seed, partsText, clean, labels);
        }

        return result;
    }

    /// <summary>
    /// Refits each part on labels flipped with a seeded draw, one draw per part and round, for as many rounds as
    /// <paramref name="repetition"/> takes: the 95% interval of the mean accuracy lost (clean minus flipped, paired by
    /// part) decides whether to draw again. The first round's draws are those of a single repetition.
    /// </summary>
    private static void AddLabelNoise(Dictionary<string, QualityValue> result, IReadOnlyList<HeldOutPart> parts, FitRunner runner, Budget budget, int seed, string partsText, List<double> clean, RepetitionSpec repetition)
    {
        if (!parts[0].Train.Task.IsClassification())
        {
            result[QualityIds.RobustnessLabelNoise] = QualityFactory.Unavailable(QualityIds.RobustnessLabelNoise, "not available: label flipping applies to classification");
            result[QualityIds.RobustnessLabelNoiseDrop] = QualityFactory.Unavailable(QualityIds.RobustnessLabelNoiseDrop, "not available: label flipping applies to classification");
            return;
        }

        // Per part, the mean over its draws: the figures stay one per part, beside the part's clean score.
        var draws = parts.Select(_ => new List<double>()).ToList();
        var drops = new List<double>();
        var fits = ConcurrentFits.For(parts[0].Technique, runner, parts[0].Train);
        var rounds = Repetition.Run(
            repetition,
            budget,
            round =>
            {
                // A round's draws (one per part) are independent: they may run side by side, and are taken in part order.
                var scores = fits.Run(parts.Count, p =>
                {
                    budget.Check();
                    var part = parts[p];
                    var flipSeed = round == 0 ? Seeds.Derive(seed, 21, part.Index) : Seeds.Derive(seed, 21, part.Index, round);
                    var flipped = Perturbation.FlipLabels(part.Train, LabelShare, new Random(flipSeed));
                    using var model = fits.Fit(part.Technique, flipped, part.FitSeed, budget.Token);
                    return Scoring.Score(part.Test, AccuracyProbe.Predict(model, part.Test));
                });
                for (var p = 0; p < parts.Count; p++)
                {
                    draws[p].Add(scores[p]);
                    drops.Add(clean[p] - scores[p]);
                }
            },
            () => Repetition.MeanHalfWidth(drops));
        var scores = draws.Select(d => Descriptive.Mean(d)).ToList();
        var line = $"accuracy on the held-out rows of {partsText} of a model refitted (same fit seed) with 10% of its training labels, chosen at random, changed to another class (seeded), {Repetition.Describe(repetition, rounds, "draw of the flipped labels per part", "draws of the flipped labels per part")}; mean over draws, then over parts{fits.Describe()}";
        var label = Pair(QualityIds.RobustnessLabelNoise, scores, clean, line);
        var drop = Drop(QualityIds.RobustnessLabelNoiseDrop, scores, clean, line);
        result[QualityIds.RobustnessLabelNoise] = label with { Details = new Dictionary<string, double>(label.Details!, StringComparer.Ordinal) { ["repetitions"] = rounds } };
        result[QualityIds.RobustnessLabelNoiseDrop] = drop with { Details = new Dictionary<string, double>(drop.Details!, StringComparer.Ordinal) { ["repetitions"] = rounds } };
    }

    private static QualityValue Pair(string id, List<double> perturbed, List<double> clean, string line) =>
        QualityFactory.Create(id, Descriptive.Mean(perturbed), line) with
        {
            Std = perturbed.Count > 1 ? Descriptive.Std(perturbed) : null,
            SampleCount = perturbed.Count,
            Samples = perturbed,
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["clean"] = Descriptive.Mean(clean), ["drop"] = Descriptive.Mean(clean) - Descriptive.Mean(perturbed) },
        };

    private static QualityValue Drop(string id, List<double> perturbed, List<double> clean, string line)
    {
        var drops = clean.Zip(perturbed, (c, p) => c - p).ToList();
        return QualityFactory.Create(id, Descriptive.Mean(drops), $"clean minus perturbed: {line}") with
        {
            Std = drops.Count > 1 ? Descriptive.Std(drops) : null,
            SampleCount = drops.Count,
            Samples = drops,
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["clean"] = Descriptive.Mean(clean), ["perturbed"] = Descriptive.Mean(perturbed) },
        };
    }
}
