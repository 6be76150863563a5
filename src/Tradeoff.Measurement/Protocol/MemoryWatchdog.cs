using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// Watches the resident memory of the whole measurement of one technique and cancels <see cref="Token"/> once
/// the memory above the level at the start passes the limit. It samples on a dedicated thread (a thread-pool
/// timer could be starved by the very fit it watches) and also whenever the engine checks between steps, so
/// that a growth the thread did not see in time still stops the technique at the next step.
/// </summary>
internal sealed class MemoryWatchdog : IDisposable
{
    private readonly IResidentMemory _memory;
    private readonly long _limit;
    private readonly long _baseline;
    private readonly CancellationTokenSource _source = new();
    private readonly ManualResetEventSlim _stop = new(false);
    private readonly Thread _thread;
    private long _peak;

    public MemoryWatchdog(IResidentMemory memory, long limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _memory = memory;
        _limit = limit;
        _baseline = memory.ResidentBytes();
        _thread = new Thread(Run) { IsBackground = true, Name = "tradeoff-memory-watchdog" };
        _thread.Start();
    }

    /// <summary>Cancelled once the limit is passed.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The limit in bytes above the level at the start.</summary>
    public long Limit => _limit;

    /// <summary>The highest resident memory seen above the level at the start (never negative).</summary>
    public long Reached => Math.Max(0, Interlocked.Read(ref _peak));

    /// <summary>True once the limit has been passed.</summary>
    public bool Passed => _source.IsCancellationRequested;

    /// <summary>Reads the memory now, cancelling when past the limit; returns <see cref="Passed"/>.</summary>
    public bool Sample()
    {
        var above = _memory.ResidentBytes() - _baseline;
        AtomicPeak.Raise(ref _peak, above);

        if (above > _limit && !_source.IsCancellationRequested)
        {
            _source.Cancel();
        }

        return _source.IsCancellationRequested;
    }

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
        _source.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(MemorySampler.Interval))
        {
            if (Sample())
            {
                return;
            }
        }
    }
}
