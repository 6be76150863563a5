using MathNet.Numerics.Distributions;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// The distribution-free interval of a median from order statistics (the sign-test interval, Conover's
/// "Practical Nonparametric Statistics" 3.6): the k-th smallest and the k-th largest of n samples, k the largest
/// with P(Binomial(n, 1/2) &lt; k) &lt;= 2.5%, so that the interval covers the true median with at least 95%.
/// Timings are skewed and carry outliers (a context switch, a collection), which a mean and a t interval would
/// not survive. Below 6 samples no such k exists: the interval is then the range, with its lower coverage.
/// </summary>
internal static class MedianInterval
{
    public static (double Lower, double Upper, double Coverage) Of(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return (double.NaN, double.NaN, 0);
        }

        var sorted = samples.Order().ToArray();
        var n = sorted.Length;
        var k = 1;
        while (k + 1 <= (n + 1) / 2 && Binomial.CDF(0.5, n, k) <= 0.025)
        {
            k++;
        }

        // P(B < k) = P(B <= k - 1): the interval [x(k), x(n-k+1)] misses the median with at most twice that.
        var coverage = 1 - (2 * Binomial.CDF(0.5, n, k - 1));
        return (sorted[k - 1], sorted[n - k], coverage);
    }
}
