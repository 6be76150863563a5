using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement;

/// <summary>
/// The run's memory as the user pays for it: its peak resident memory, and each technique's part of it (the peak
/// while the technique was measured, above the run's baseline: the resident memory when measuring began, the data
/// loaded). Read from the kernel's high-water mark, restarted as each technique begins, so no sampling thread runs
/// beside the timed code and no short peak is missed.
/// </summary>
internal sealed class RunMemory
{
    private readonly IResidentMemory _memory;
    private long _peak = -1;

    public RunMemory(IResidentMemory memory)
    {
        _memory = memory;
        Baseline = memory.ResidentBytes();
        Raise(memory.PeakBytes());
    }

    /// <summary>Resident bytes when the engine was made, before any technique.</summary>
    public long Baseline { get; }

    /// <summary>The most resident bytes seen since the process started; null when the system does not say.</summary>
    public long? Peak
    {
        get
        {
            Raise(_memory.PeakBytes());
            var peak = Interlocked.Read(ref _peak);
            return peak < 0 ? null : peak;
        }
    }

    /// <summary>
    /// Begins a technique's window: what the high-water mark reached so far counts for the run, then it restarts from
    /// the resident bytes now. The previous technique's freed memory is handed back to the system first (an aggressive
    /// collection, then the C library's free heap: <see cref="NativeHeap"/>), so its garbage neither counts in this
    /// technique's part nor raises the run's peak. False when the mark cannot restart: the technique then has no part.
    /// </summary>
    public bool Begin()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        NativeHeap.Trim();
        Raise(_memory.PeakBytes());
        return _memory.ResetPeak();
    }

    /// <summary>Ends a window <see cref="Begin"/> opened: the technique's peak above <see cref="Baseline"/>, or null when unknown.</summary>
    public long? End(bool begun)
    {
        var peak = _memory.PeakBytes();
        Raise(peak);
        return begun && peak is { } bytes ? Math.Max(0, bytes - Baseline) : null;
    }

    private void Raise(long? bytes)
    {
        if (bytes is { } value)
        {
            AtomicPeak.Raise(ref _peak, value);
        }
    }
}
