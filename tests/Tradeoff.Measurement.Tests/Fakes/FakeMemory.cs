using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>Resident memory a fake technique sets; with <see cref="KeepsPeak"/>, a high-water mark as the kernel keeps one.</summary>
internal sealed class FakeMemory : IResidentMemory
{
    private long _bytes = 100_000_000;
    private long _peak = 100_000_000;

    public long Bytes
    {
        get => Interlocked.Read(ref _bytes);
        set
        {
            Interlocked.Exchange(ref _bytes, value);
            AtomicPeak.Raise(ref _peak, value);
        }
    }

    /// <summary>Whether the fake says its peak (off by default: most tests are about other figures).</summary>
    public bool KeepsPeak { get; set; }

    public long ResidentBytes() => Bytes;

    public long? PeakBytes() => KeepsPeak ? Interlocked.Read(ref _peak) : null;

    public bool ResetPeak()
    {
        Interlocked.Exchange(ref _peak, Bytes);
        return KeepsPeak;
    }
}
