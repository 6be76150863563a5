using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>Resident memory a fake technique sets.</summary>
internal sealed class FakeMemory : IResidentMemory
{
    private long _bytes = 100_000_000;

    public long Bytes
    {
        get => Interlocked.Read(ref _bytes);
        set => Interlocked.Exchange(ref _bytes, value);
    }

    public long ResidentBytes() => Bytes;
}
