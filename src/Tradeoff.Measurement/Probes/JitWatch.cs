namespace Tradeoff.Measurement.Probes;

/// <summary>
/// When the runtime last compiled anything, as far as successive reads of the counter can tell: a compilation is
/// dated at the first read that sees it, so the quiet time is never overstated by more than the gap between reads.
/// One watch serves an engine, so every probe sees the same history.
/// </summary>
internal sealed class JitWatch
{
    private readonly IJitCounter _counter;
    private readonly TimeProvider _time;
    private long _count;
    private long _changedAt;

    public JitWatch(IJitCounter counter, TimeProvider time)
    {
        _counter = counter;
        _time = time;
        _count = counter.CompiledMethods;
        _changedAt = time.GetTimestamp();
    }

    /// <summary>The count at the last read.</summary>
    public long Count => _count;

    /// <summary>Reads the counter; how long it has not moved.</summary>
    public TimeSpan QuietFor()
    {
        var now = _time.GetTimestamp();
        var count = _counter.CompiledMethods;
        if (count != _count)
        {
            _count = count;
            _changedAt = now;
        }

        return _time.GetElapsedTime(_changedAt, now);
    }
}
