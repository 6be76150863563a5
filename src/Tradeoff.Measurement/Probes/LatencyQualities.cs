using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// latency.p50, p90, p99 and max from the timed calls: each percentile over all calls (trimmed Harrell-Davis, see
/// <see cref="Percentiles"/>), with the order-statistic 95% interval of the rounds' own percentiles, widened to hold
/// the figure itself and by the clock's resolution on each side (no figure is finer than the clock); a percentile
/// with too few samples is marked inconclusive. The max is the slowest call observed. Calls timed in groups widen
/// their tail percentiles further (<see cref="HiddenInGroups"/>).
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
            + $"{read} (median {Invariant.Number(latency.ClockNanoseconds)} ns) (stopped: {latency.StoppedBecause}){GroupsText(latency.CallsPerSample)}";
        var estimates = Percentiles.HarrellDavis(samples, [.. Percents.Select(p => p.Percent), .. Percents.Select(p => HiddenInGroups(p.Percent, latency.CallsPerSample))]);
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
        foreach (var ((id, percent), i) in Percents.Select((p, i) => (p, i)))
        {
            var value = Percentile(id, details[id[8..]], percent, n, rounds, latency, protocol, estimates[Percents.Length + i]);
            // The raw samples are kept once, on the median, rather than repeated on every percentile.
            yield return (id, first ? value with { Samples = samples, Details = details } : value);
            first = false;
        }

        yield return (QualityIds.LatencyMax, QualityFactory.Create(QualityIds.LatencyMax, details["max"], protocol) with { SampleCount = n });
    }

    private static QualityValue Percentile(string id, double value, double percent, int n, List<double[]> rounds, LatencyResult latency, string protocol, double groupBound)
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
        var hidden = latency.CallsPerSample > 1 ? Math.Max(0, value - groupBound) : 0;
        var resolution = latency.ClockResolutionNanoseconds / 1000 / latency.CallsPerSample;
        return result with
        {
            Lower = Math.Max(0, Math.Min(Math.Min(lower, value), value - hidden) - resolution),
            Upper = Math.Max(Math.Max(upper, value), value + hidden) + resolution,
        };
    }

    /// <summary>
    /// Which percentile of the group means the <paramref name="percent"/>-th percentile of single calls is at least,
    /// for calls timed in groups of <paramref name="group"/>. A group hides which of its calls was slow: a stall of the
    /// machine (an interrupt, another tenant) that hits one call makes its whole group's mean slow, so the share of
    /// groups slower than x can reach <paramref name="group"/> times the share of calls slower than x, never more (a
    /// group whose calls are all at most x has a mean of at most x). So the calls' p-th percentile lies at or above the
    /// group means' (100 - group x (100 - p))-th; taken at least at their median. On this machine a quick
    /// credit-scoring run timed one-rule in groups of 12 while the machine stalled for about 3 us every 55 us: one group
    /// in 68 was slow, and the p99 of group means read 0.34 us against 0.063 us for the median, 0.07 us in other runs.
    /// The tail percentile's interval reaches that bound on either side (the calls' percentile can lie above the group
    /// means' too, where a slow call is diluted in its group): a decision must not rest on what the grouping hides.
    /// </summary>
    internal static double HiddenInGroups(double percent, int group) => Math.Max(50, 100 - (group * (100 - percent)));

    private static string GroupsText(int group) =>
        group == 1 ? ""
            : $"; a group hides which of its calls was slow, so up to {QualityFormat.Count(group)} times as many groups as calls can read slow: each percentile p's interval reaches on either side "
                + $"at least to the group means' percentile 100 - {QualityFormat.Count(group)} x (100 - p), at least their median, below which the calls' percentile cannot lie";

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
