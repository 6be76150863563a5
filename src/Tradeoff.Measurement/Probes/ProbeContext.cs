using Tradeoff.Measurement.Energy;

namespace Tradeoff.Measurement.Probes;

/// <summary>The clocks and meters the probes read; the real ones in production, fakes in tests.</summary>
internal sealed record ProbeContext
{
    public required TimeProvider Time { get; init; }

    public required ICpuClock Cpu { get; init; }

    public required IResidentMemory Memory { get; init; }

    /// <summary>The runtime's count of compiled methods, which says when timed code has reached its final tier.</summary>
    public required IJitCounter Jit { get; init; }

    /// <summary>The hardware energy counter, or null when none is readable (energy is then estimated).</summary>
    public IEnergyMeter? Energy { get; init; }

    /// <summary>Why there is no energy counter, for the protocol line.</summary>
    public string? EnergyUnavailableReason { get; init; }

    public double SecondsSince(long timestamp) => Time.GetElapsedTime(timestamp).TotalSeconds;
}
