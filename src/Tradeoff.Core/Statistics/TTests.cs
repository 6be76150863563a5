using MathNet.Numerics.Distributions;

namespace Tradeoff.Core.Statistics;

/// <summary>
/// Two-sided t-tests for comparing two runs' values of a quality (<c>tradeoff compare</c>). The paired test is the
/// corrected resampled t without the correction (the runs' samples are two runs, not overlapping training sets).
/// A zero spread gives p = 1 for no difference and p = 0 for any difference.
/// </summary>
public static class TTests
{
    /// <summary>Paired t-test on <paramref name="b"/> minus <paramref name="a"/>, sample by sample (at least two pairs).</summary>
    public static double PairedP(IReadOnlyList<double> a, IReadOnlyList<double> b) => CorrectedResampledT.PairedTest(b, a, testTrainRatio: 0).P;

    /// <summary>Welch's t-test from each group's mean, standard deviation and size (each at least two).</summary>
    public static double WelchP(double meanA, double stdA, int nA, double meanB, double stdB, int nB)
    {
        var varianceA = stdA * stdA / nA;
        var varianceB = stdB * stdB / nB;
        var standardError2 = varianceA + varianceB;
        var difference = meanB - meanA;
        if (standardError2 == 0)
        {
            return difference == 0 ? 1 : 0;
        }

        // Welch-Satterthwaite degrees of freedom.
        var freedom = standardError2 * standardError2 / ((varianceA * varianceA / (nA - 1)) + (varianceB * varianceB / (nB - 1)));
        var t = Math.Abs(difference) / Math.Sqrt(standardError2);
        return Math.Clamp(2 * (1 - StudentT.CDF(0, 1, freedom, t)), 0, 1);
    }

    /// <summary>The sample standard deviation (n - 1).</summary>
    public static double Std(IReadOnlyList<double> samples) => Math.Sqrt(CorrectedResampledT.Variance(samples));
}
