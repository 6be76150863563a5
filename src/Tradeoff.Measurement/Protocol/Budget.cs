using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// The time and memory limits of one technique: a token that cancels fits when the time limit passes (driven
/// by the <see cref="TimeProvider"/>, so a fake clock tests it) or the <see cref="MemoryWatchdog"/> sees the
/// memory limit passed, linked with the caller's token, and a check the engine makes between steps.
/// </summary>
internal sealed class Budget : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan? _limit;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly MemoryWatchdog? _watchdog;
    private readonly CancellationTokenSource _linked;
    private readonly long _start;

    public Budget(TimeProvider time, TimeSpan? limit, CancellationToken caller)
        : this(time, limit, caller, null, null)
    {
    }

    public Budget(TimeProvider time, TimeSpan? limit, CancellationToken caller, IResidentMemory? memory, long? memoryLimit)
    {
        _time = time;
        _limit = limit;
        _caller = caller;
        _start = time.GetTimestamp();
        _timer = limit is { } l ? new CancellationTokenSource(l, time) : null;
        _watchdog = memory is not null && memoryLimit is { } bytes ? new MemoryWatchdog(memory, bytes) : null;
        var tokens = new List<CancellationToken> { caller };
        if (_timer is not null)
        {
            tokens.Add(_timer.Token);
        }

        if (_watchdog is not null)
        {
            tokens.Add(_watchdog.Token);
        }

        _linked = CancellationTokenSource.CreateLinkedTokenSource([.. tokens]);
    }

    /// <summary>Cancelled when a limit passes or the caller cancels.</summary>
    public CancellationToken Token => _linked.Token;

    public TimeSpan? Limit => _limit;

    /// <summary>The timestamp of the clock when the budget began.</summary>
    public long Started => _start;

    /// <summary>The memory limit in bytes, or null when there is none.</summary>
    public long? MemoryLimit => _watchdog?.Limit;

    /// <summary>The highest resident memory seen above the level at the start, or null without a memory limit.</summary>
    public long? MemoryReached => _watchdog?.Reached;

    /// <summary>The time left before the limit (never negative), or null without a time limit.</summary>
    public TimeSpan? TimeLeft => _limit is { } limit ? TimeSpan.FromTicks(Math.Max(0, (limit - _time.GetElapsedTime(_start)).Ticks)) : null;

    /// <summary>True once the time limit has passed.</summary>
    public bool Expired => _limit is { } limit && (_timer!.IsCancellationRequested || _time.GetElapsedTime(_start) > limit);

    /// <summary>True once the memory limit has passed.</summary>
    public bool OverMemory => _watchdog is { Passed: true };

    /// <summary>True when the caller cancelled the run.</summary>
    public bool Interrupted => _caller.IsCancellationRequested;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the run was interrupted or a limit passed.</summary>
    public void Check()
    {
        // Sampling here too: the watchdog thread may not have run since the last step grew the memory.
        var overMemory = _watchdog?.Sample() ?? false;
        if (Interrupted || overMemory || Expired)
        {
            throw new OperationCanceledException(Token);
        }
    }

    public void Dispose()
    {
        // The watchdog first: its thread must have stopped before the linked source it cancels is gone.
        _watchdog?.Dispose();
        _linked.Dispose();
        _timer?.Dispose();
    }
}
