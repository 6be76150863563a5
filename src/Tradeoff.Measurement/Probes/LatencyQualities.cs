using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// latency.p50, p90, p99 and max from the timed calls: each percentile over all calls (trimmed Harrell-Davis, see
/// <see cref="Percentiles"/>), with the order-statistic 95% interval of the rounds' own percentiles, widened to hold
/// the figure itself and by the clock's resolution on each side (no figure is finer than the clock); a percentile
/// with too few samples is marked inconclusive. The max is the slowest call observed.
/// </summary>
internal static class LatencyQualities
{
    private static readonly (string Id, double Percent)[] Percents = [(QualityIds.LatencyP50, 50), (QualityIds.LatencyP90, 90), (QualityIds.LatencyP99, 99)];

    public static IEnumerable<(string Id, QualityValue Value)> From(LatencyResult latency, string rows)
    {
        var samples = latency.Microseconds;
        var n = samples.Length;
        var rounds = Rounds(latency);
        var timing = latency.CallsPerSample == 1
            ? "timed one by one"
            : $"timed in groups of {QualityFormat.Count(latency.CallsPerSample)} consecutive calls, each sample a group's time per call (one call is too short for the clock, whose resolution is {Invariant.Number(latency.ClockResolutionNanoseconds)} ns: a group lasts at least {QualityFormat.Count(LatencyProbe.ResolvedSample)} of its steps)";
        var what = latency.CallsPerSample == 1 ? "timed calls" : "timed samples";
        var read = latency.CallsPerSample == 1 ? "each call includes one clock read" : $"each sample includes one clock read, 1/{QualityFormat.Count(latency.CallsPerSample)} of it per call";
        var protocol = $"single-row Predict calls cycling through the {rows}, {timing}, after {latency.WarmUp.Describe("round")}; "
            + $"percentile (trimmed Harrell-Davis) of {QualityFormat.Count(n)} {what} in {QualityFormat.Count(rounds.Count)} rounds, 95% interval from the rounds' percentiles (order statistics) widened by the clock's resolution ({Invariant.Number(latency.ClockResolutionNanoseconds)} ns){(latency.CallsPerSample == 1 ? "" : " per sample")}; "
            + $"{read} (median {Invariant.Number(latency.ClockNanoseconds)} ns) (stopped: {latency.StoppedBecause})";
        var estimates = Percentiles.HarrellDavis(samples, [.. Percents.Select(p => p.Percent)]);
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["p50"] = estimates[0],
            ["p90"] = estimates[1],
            ["p99"] = estimates[2],
            ["max"] = n == 0 ? double.NaN : samples.Max(),
            ["rounds"] = rounds.Count,
            ["warm-up-seconds"] = latency.WarmUp.Seconds,
            ["warm-up-rounds"] = latency.WarmUp.Rounds,
            ["warm-up-steady"] = latency.WarmUp.Steady ? 1 : 0,
            ["clock-read-ns"] = latency.ClockNanoseconds,
            ["clock-resolution-ns"] = latency.ClockResolutionNanoseconds,
            ["calls-per-sample"] = latency.CallsPerSample,
        };
        var first = true;
        foreach (var (id, percent) in Percents)
        {
            var value = Percentile(id, details[id[8..]], percent, n, rounds, latency, protocol);
            // The raw samples are kept once, on the median, rather than repeated on every percentile.
            yield return (id, first ? value with { Samples = samples, Details = details } : value);
            first = false;
        }

        yield return (QualityIds.LatencyMax, QualityFactory.Create(QualityIds.LatencyMax, details["max"], protocol) with { SampleCount = n });
    }

    private static QualityValue Percentile(string id, double value, double percent, int n, List<double[]> rounds, LatencyResult latency, string protocol)
    {
        var needed = Percentiles.MinimumSamples(percent);
        var note = n < needed ? $"{QualityNotes.InconclusivePrefix}: {QualityFormat.Count(n)} samples, {QualityFormat.Count(needed)} needed"
            : !latency.WarmUp.Steady ? "warm-up did not reach steady state"
            : null;
        var result = QualityFactory.Create(id, value, protocol) with { SampleCount = n, Note = note };
        if (rounds.Count < 2)
        {
            return result;
        }

        var perRound = rounds.Select(r => Percentiles.HarrellDavis(r, [percent])[0]).ToList();
        var (lower, upper, _) = MedianInterval.Of(perRound);
        var resolution = latency.ClockResolutionNanoseconds / 1000 / latency.CallsPerSample;
        return result with { Lower = Math.Max(0, Math.Min(lower, value) - resolution), Upper = Math.Max(upper, value) + resolution };
    }

    private static List<double[]> Rounds(LatencyResult latency)
    {
        var rounds = new List<double[]>();
        var offset = 0;
        foreach (var size in latency.RoundSizes)
        {
            rounds.Add(latency.Microseconds.AsSpan(offset, size).ToArray());
            offset += size;
        }

        return rounds;
    }
}
