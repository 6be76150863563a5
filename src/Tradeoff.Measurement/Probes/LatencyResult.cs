namespace Tradeoff.Measurement.Probes;

/// <summary>The timed single-row predictions of one model, after its warm-up.</summary>
internal sealed record LatencyResult
{
    /// <summary>Latency of each timed sample in microseconds per call, in call order.</summary>
    public required double[] Microseconds { get; init; }

    /// <summary>Consecutive calls timed together as one sample (1: every call timed alone).</summary>
    public int CallsPerSample { get; init; } = 1;

    /// <summary>How many of <see cref="Microseconds"/> each round took, in order; the rounds give the intervals.</summary>
    public required IReadOnlyList<int> RoundSizes { get; init; }

    /// <summary>The warm-up before the timed calls.</summary>
    public required WarmUpRecord WarmUp { get; init; }

    /// <summary>The median cost of one clock read, which every timed call includes.</summary>
    public required double ClockNanoseconds { get; init; }

    /// <summary>The smallest step the clock was seen to take: no timed figure is finer than this.</summary>
    public required double ClockResolutionNanoseconds { get; init; }

    /// <summary>Why sampling stopped (<c>p99 stable</c>, <c>time cap</c>...).</summary>
    public required string StoppedBecause { get; init; }
}
