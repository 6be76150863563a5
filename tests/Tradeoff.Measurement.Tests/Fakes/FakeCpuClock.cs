using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>A CPU clock that moves only when a test (or a fake technique) advances it.</summary>
internal sealed class FakeCpuClock : ICpuClock
{
    public TimeSpan ProcessorTime { get; private set; }

    public void Advance(TimeSpan cpu) => ProcessorTime += cpu;
}
