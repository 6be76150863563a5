using Microsoft.Extensions.Time.Testing;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>A fake clock, CPU clock and memory, and engines that read them.</summary>
internal sealed class FakeMachine
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public FakeCpuClock Cpu { get; } = new();

    public FakeMemory Memory { get; } = new();

    public FakeJit Jit { get; } = new();

    public ProbeContext Context => new() { Time = Time, Cpu = Cpu, Memory = Memory, Jit = Jit, EnergyUnavailableReason = "fake machine" };

    public MeasurementEngine Engine(ProtocolSpec protocol, IMeasurementProgress? progress = null, IReadOnlyList<ProtectedAttribute>? protectedAttributes = null, ScaleSpec? scale = null, IReadOnlyList<IQualityProbe>? probes = null) =>
        new(protocol, Context, progress, protectedAttributes, scale, probes);

    /// <summary>A technique that spends fake time: <paramref name="fit"/> per fit (the first fit <paramref name="firstFit"/>), <paramref name="predict"/> per row.</summary>
    public ClockTechnique Clock(TimeSpan fit, TimeSpan predict, TimeSpan? firstFit = null, TimeSpan? cpu = null, long memory = 0) =>
        new(this, fit, predict, firstFit ?? fit, cpu ?? TimeSpan.Zero, memory);
}
