using Tradeoff.Core.Results;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Selection.Tests;

/// <summary>Fold scores of the same splits are compared paired, as Weka's Experimenter does, not as independent figures.</summary>
public sealed class PairedNoiseTests
{
    // Ten folds of 100 rows out of 1,000 (n_test / n_train = 1/9) where the folds differ a lot in difficulty.
    private static readonly double[] Difficulty = [0.66, 0.71, 0.77, 0.69, 0.74, 0.80, 0.68, 0.72, 0.75, 0.70];

    [Fact]
    public void A_lead_on_every_fold_is_beyond_the_noise_although_the_two_intervals_overlap()
    {
        // Given logistic regression 4 points ahead of one-rule on every fold (give or take one), one-rule smaller and faster
        var rule = Candidate("one-rule", Difficulty, modelSize: 200);
        var logistic = Candidate("logistic-regression", Difficulty.Select((s, i) => s + 0.04 + (i % 2 == 0 ? 0.01 : -0.01)).ToArray(), modelSize: 900);
        var accuracy = rule.Qualities["accuracy"];
        var other = logistic.Qualities["accuracy"];

        // (each accuracy's own interval is wide: the corrected resampled t of its 10 fold scores, about ± 0.03)
        var independent = Math.Sqrt(Math.Pow((accuracy.Upper!.Value - accuracy.Lower!.Value) / 2, 2) + Math.Pow((other.Upper!.Value - other.Lower!.Value) / 2, 2));
        Assert.True(other.Value - accuracy.Value < independent, "as independent figures the lead would be inside the noise");

        // When the frontier over accuracy and model size is computed
        var result = ParetoFrontier.Compute([rule, logistic], ["accuracy", "model-size"]);

        // Then the paired comparison sees the lead (the fold differences vary by 0.01 only): both stay, neither dominated
        Assert.Equal(["one-rule", "logistic-regression"], result.Frontier);
        Assert.Empty(result.DominatedBy);
    }

    [Fact]
    public void Fold_scores_of_different_splits_are_not_paired()
    {
        var a = Candidate("a", Difficulty, modelSize: 200).Qualities["accuracy"];
        var b = Candidate("b", Difficulty.Select(s => s + 0.04).ToArray(), modelSize: 200, testTrainRatio: 1.0 / 4).Qualities["accuracy"];

        Assert.False(DifferenceNoise.Paired(a, b, out _));
        Assert.True(DifferenceNoise.Paired(a, a, out var ratio));
        Assert.Equal(1.0 / 9, ratio, 12);
    }

    private static Candidate Candidate(string id, double[] folds, double modelSize, double testTrainRatio = 1.0 / 9)
    {
        var interval = CorrectedResampledT.Interval(folds, testTrainRatio)!.Value;
        var accuracy = new QualityValue
        {
            Value = folds.Average(),
            Unit = "fraction",
            Direction = Core.Qualities.Direction.HigherIsBetter,
            Lower = interval.Lower,
            Upper = interval.Upper,
            Samples = folds,
            SampleCount = folds.Length,
            Details = new Dictionary<string, double> { [CorrectedResampledT.TestTrainRatioKey] = testTrainRatio },
        };
        var size = new QualityValue { Value = modelSize, Unit = "B", Direction = Core.Qualities.Direction.LowerIsBetter };
        return new Candidate(id, id, new Dictionary<string, QualityValue> { ["accuracy"] = accuracy, ["model-size"] = size }, new HashSet<string>());
    }
}
