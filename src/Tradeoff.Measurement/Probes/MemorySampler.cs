namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Samples resident memory on a background thread every <see cref="Interval"/> while a fit runs and keeps the
/// peak, so that native allocations (ML.NET, libtorch) count, not only the managed heap. A dedicated thread
/// rather than a timer: a thread-pool timer can be starved by the very fit it watches.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    private readonly IResidentMemory _memory;
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly Thread _thread;
    private long _peak;

    private MemorySampler(IResidentMemory memory)
    {
        _memory = memory;
        Baseline = memory.ResidentBytes();
        _peak = Baseline;
        _thread = new Thread(Run) { IsBackground = true, Name = "tradeoff-memory-sampler" };
        _thread.Start();
    }

    /// <summary>Resident bytes before the fit.</summary>
    public long Baseline { get; }

    public static MemorySampler Start(IResidentMemory memory) => new(memory);

    /// <summary>Stops sampling and returns the peak above the baseline (never negative).</summary>
    public long Stop()
    {
        _stop.Set();
        _thread.Join();
        Observe(_memory.ResidentBytes());
        return Math.Max(0, Interlocked.Read(ref _peak) - Baseline);
    }

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(Interval))
        {
            Observe(_memory.ResidentBytes());
        }
    }

    private void Observe(long bytes) => AtomicPeak.Raise(ref _peak, bytes);
}
