using Tradeoff.Core.Results;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Selection;

/// <summary>
/// The noise of the difference between two candidates' figures on one quality: the half-width of its 95% interval, in
/// the quality's unit. Fold scores of the same splits (as many samples and the same test/train ratio: every technique
/// of a study is scored on the same folds) are compared paired, by the corrected resampled t of their fold-by-fold
/// differences, as Weka's Experimenter compares techniques: what makes a fold easy or hard is shared and cancels out,
/// where two independent intervals would count it twice and call real differences noise. Any other two figures are
/// independent: sqrt(h_a^2 + h_b^2), h the half-width of each one's interval (0 without one: exact).
/// </summary>
internal static class DifferenceNoise
{
    public static double Margin(QualityValue? a, QualityValue? b) =>
        Paired(a, b, out var ratio)
            ? CorrectedResampledT.PairedHalfWidth(a!.Samples!, b!.Samples!, ratio)
            : Noise.Margin(HalfWidth(a), HalfWidth(b));

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are fold scores of the same splits.</summary>
    public static bool Paired(QualityValue? a, QualityValue? b, out double testTrainRatio)
    {
        testTrainRatio = 0;
        if (a is not { IsAvailable: true, Samples: { Count: >= 2 } samplesA } || b is not { IsAvailable: true, Samples: { } samplesB }
            || samplesA.Count != samplesB.Count
            || a.Details?.TryGetValue(CorrectedResampledT.TestTrainRatioKey, out var ratioA) != true
            || b.Details?.TryGetValue(CorrectedResampledT.TestTrainRatioKey, out var ratioB) != true
            || Math.Abs(ratioA - ratioB) > 1e-9 * Math.Max(1, ratioA)
            || samplesA.Any(double.IsNaN) || samplesB.Any(double.IsNaN))
        {
            return false;
        }

        testTrainRatio = ratioA;
        return true;
    }

    /// <summary>Half the width of a value's 95% interval; 0 when it has none (exact) or is missing.</summary>
    public static double HalfWidth(QualityValue? value) =>
        value is { IsAvailable: true, Lower: { } lower, Upper: { } upper } && double.IsFinite(lower) && double.IsFinite(upper)
            ? Math.Abs(upper - lower) / 2
            : 0;
}
