using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>A compiler count that moves only when a test says so.</summary>
internal sealed class FakeJit : IJitCounter
{
    public long CompiledMethods { get; set; }
}
