namespace Tradeoff.Measurement.Probes;

/// <summary>The timed single-row predictions of one model.</summary>
internal sealed record LatencyResult
{
    /// <summary>Latency of each timed call in microseconds, in call order.</summary>
    public required double[] Microseconds { get; init; }

    /// <summary>Process CPU seconds spent in the timed calls.</summary>
    public required double CpuSeconds { get; init; }

    /// <summary>Joules from the hardware counter over the timed calls, when readable.</summary>
    public double? Joules { get; init; }

    /// <summary>Why sampling stopped (<c>p99 stable</c>, <c>time cap</c>...).</summary>
    public required string StoppedBecause { get; init; }
}
