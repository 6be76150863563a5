namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// Percentiles by the nearest-rank definition: the p-th percentile of n sorted values is the value at rank
/// ceil(p/100 x n) (1-based). It always returns a value that was observed, which is what a latency bound
/// must be (MLPerf reports observed latencies too).
/// </summary>
internal static class Percentiles
{
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
