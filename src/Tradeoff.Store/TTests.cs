using MathNet.Numerics.Distributions;

namespace Tradeoff.Store;

/// <summary>
/// Two-sided t-tests. MathNet.Numerics gives the Student t distribution but no t-test, so the statistics
/// are written here. A zero spread gives p = 1 for no difference and p = 0 for any difference.
/// </summary>
internal static class TTests
{
    /// <summary>Paired t-test on <paramref name="b"/> minus <paramref name="a"/>, sample by sample (at least two pairs).</summary>
    public static double PairedP(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var n = a.Count;
        var differences = new double[n];
        for (var i = 0; i < n; i++)
        {
            differences[i] = b[i] - a[i];
        }

        var mean = differences.Average();
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        return TwoSidedP(mean, variance / n, n - 1);
    }

    /// <summary>Welch's t-test from each group's mean, standard deviation and size (each at least two).</summary>
    public static double WelchP(double meanA, double stdA, int nA, double meanB, double stdB, int nB)
    {
        var varianceA = stdA * stdA / nA;
        var varianceB = stdB * stdB / nB;
        var standardError2 = varianceA + varianceB;
        // Welch-Satterthwaite degrees of freedom.
        var freedom = standardError2 * standardError2 / ((varianceA * varianceA / (nA - 1)) + (varianceB * varianceB / (nB - 1)));
        return TwoSidedP(meanB - meanA, standardError2, freedom);
    }

    private static double TwoSidedP(double difference, double standardError2, double freedom)
    {
        if (standardError2 == 0)
        {
            return difference == 0 ? 1 : 0;
        }

        var t = Math.Abs(difference) / Math.Sqrt(standardError2);
        return Math.Clamp(2 * (1 - StudentT.CDF(0, 1, freedom, t)), 0, 1);
    }

    /// <summary>The sample standard deviation (n - 1).</summary>
    public static double Std(IReadOnlyList<double> samples)
    {
        var mean = samples.Average();
        return Math.Sqrt(samples.Sum(x => (x - mean) * (x - mean)) / (samples.Count - 1));
    }
}
