using Tradeoff.Core.Results;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>latency.p50, p90, p99 and max from the timed calls; a percentile with too few samples is marked inconclusive.</summary>
internal static class LatencyQualities
{
    public static IEnumerable<(string Id, QualityValue Value)> From(LatencyResult latency, string rows)
    {
        var samples = latency.Microseconds;
        var sorted = samples.Order().ToArray();
        var n = sorted.Length;
        var protocol = $"single-row Predict calls cycling through the {rows} after {LatencyProbe.WarmUpCalls} warm-up calls; nearest-rank percentile of {Invariant.Count(n)} timed calls (stopped: {latency.StoppedBecause})";
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["p50"] = Percentiles.NearestRank(sorted, 50),
            ["p90"] = Percentiles.NearestRank(sorted, 90),
            ["p99"] = Percentiles.NearestRank(sorted, 99),
            ["max"] = n == 0 ? double.NaN : sorted[^1],
        };
        // The raw samples are kept once, on the median, rather than repeated on every percentile.
        yield return ("latency.p50", Percentile("latency.p50", details["p50"], 50, n, protocol) with { Samples = samples, Details = details });
        yield return ("latency.p90", Percentile("latency.p90", details["p90"], 90, n, protocol));
        yield return ("latency.p99", Percentile("latency.p99", details["p99"], 99, n, protocol));
        yield return ("latency.max", QualityFactory.Create("latency.max", details["max"], protocol) with { SampleCount = n });
    }

    private static QualityValue Percentile(string id, double value, double percent, int n, string protocol)
    {
        var needed = Percentiles.MinimumSamples(percent);
        var note = n < needed ? $"inconclusive: {Invariant.Count(n)} samples, {Invariant.Count(needed)} needed" : null;
        return QualityFactory.Create(id, value, protocol) with { SampleCount = n, Note = note };
    }
}
