namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// The time limit of one technique: a token that cancels fits when the limit passes (driven by the
/// <see cref="TimeProvider"/>, so a fake clock tests it) linked with the caller's token, and a check the
/// engine makes between steps.
/// </summary>
internal sealed class Budget : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan? _limit;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource _linked;
    private readonly long _start;

    public Budget(TimeProvider time, TimeSpan? limit, CancellationToken caller)
    {
        _time = time;
        _limit = limit;
        _caller = caller;
        _start = time.GetTimestamp();
        _timer = limit is { } l ? new CancellationTokenSource(l, time) : null;
        _linked = _timer is null ? CancellationTokenSource.CreateLinkedTokenSource(caller) : CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
    }

    /// <summary>Cancelled when the limit passes or the caller cancels.</summary>
    public CancellationToken Token => _linked.Token;

    public TimeSpan? Limit => _limit;

    /// <summary>True once the time limit has passed.</summary>
    public bool Expired => _limit is { } limit && (_timer!.IsCancellationRequested || _time.GetElapsedTime(_start) > limit);

    /// <summary>True when the caller cancelled the run.</summary>
    public bool Interrupted => _caller.IsCancellationRequested;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the run was interrupted or the limit passed.</summary>
    public void Check()
    {
        if (Interrupted || Expired)
        {
            throw new OperationCanceledException(Token);
        }
    }

    public void Dispose()
    {
        _linked.Dispose();
        _timer?.Dispose();
    }
}
