namespace Tradeoff.Measurement.Probes;

/// <summary>What one timed fit cost. The memory, allocation and energy figures exist for detailed fits only.</summary>
internal sealed record FitRecord
{
    public required double WallSeconds { get; init; }

    public required double CpuSeconds { get; init; }

    /// <summary>True for the first fit of this technique in the engine: it pays for JIT and native loading.</summary>
    public bool First { get; init; }

    /// <summary>
    /// True when the fit ran at steady state: the runtime compiled nothing during it and had been quiet for the
    /// protocol's quiet time by its end (docs/PROTOCOL.md, "Steady state"). Only these fits are train-time samples.
    /// </summary>
    public bool Steady { get; init; }

    /// <summary>The training rows of the fit.</summary>
    public int Rows { get; init; }

    public long? PeakMemoryBytes { get; init; }

    public long? AllocatedBytes { get; init; }

    /// <summary>Joules read from hardware counters, null when no counter is readable.</summary>
    public double? Joules { get; init; }
}
