using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// Percentiles two ways. Nearest rank: the p-th percentile of n sorted values is the value at rank ceil(p/100 x n)
/// (1-based), always an observed value. Harrell-Davis (trimmed to the highest-density window of width 1/sqrt(n),
/// Akinshin 2022; Perfolizer's estimator, as BenchmarkDotNet uses): a weighted mean of the order statistics near
/// the percentile, which is more efficient and does not jump a whole clock tick when the clock's resolution makes
/// single-call times discrete (this machine's clock reads in steps of about 10 ns).
/// </summary>
internal static class Percentiles
{
    /// <summary>The trimmed Harrell-Davis estimates of <paramref name="percents"/> (0 to 100) of <paramref name="values"/>.</summary>
    public static double[] HarrellDavis(IReadOnlyList<double> values, IReadOnlyList<double> percents)
    {
        if (values.Count == 0)
        {
            return [.. percents.Select(_ => double.NaN)];
        }

        return TrimmedHarrellDavisQuantileEstimator.Sqrt.Quantiles(values, [.. percents.Select(p => new Probability(p / 100))]);
    }

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/>.</summary>
    public static double NearestRank(ReadOnlySpan<double> sorted, double percent)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>
    /// The fewest samples for which the percentile is conclusive, the minimum MLPerf's early-stopping rule
    /// gives: 64 for p90, 662 for p99, the sample counts at which the chance that no sample lies above the
    /// true percentile falls to about 0.12% (0.9^64 and 0.99^662); 1 for the median and below.
    /// </summary>
    public static int MinimumSamples(double percent) => percent switch
    {
        >= 99 => 662,
        >= 90 => 64,
        _ => 1,
    };
}
