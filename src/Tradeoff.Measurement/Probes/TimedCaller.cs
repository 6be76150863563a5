using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Times single-row predictions one call at a time, cycling through the rows, and stops the moment the hard cap
/// has passed: the cap is checked after every call, so one slow model overruns it by one call at most.
/// </summary>
internal sealed class TimedCaller(IModel model, float[] rows, int width, TimeProvider time, TimeSpan hardCap, CancellationToken token)
{
    private readonly float[] _output = new float[model.OutputLength];
    private readonly int _rowCount = rows.Length / width;
    private readonly long _start = time.GetTimestamp();
    private readonly long _hardTicks = (long)Math.Min(long.MaxValue / 2.0, hardCap.TotalSeconds * time.TimestampFrequency);
    private int _row;

    public bool PastHardCap { get; private set; }

    /// <summary>
    /// One round: calls until at least <paramref name="minCalls"/> were made and the round lasted
    /// <paramref name="roundTime"/>, at most <paramref name="maxCalls"/>; each call's ticks go to
    /// <paramref name="ticks"/>. Returns the calls made.
    /// </summary>
    public int Round(Span<long> ticks, int minCalls, int maxCalls, TimeSpan roundTime)
    {
        token.ThrowIfCancellationRequested();
        var roundTicks = (long)(roundTime.TotalSeconds * time.TimestampFrequency);
        var roundStart = time.GetTimestamp();
        var n = 0;
        while (n < maxCalls)
        {
            var t0 = time.GetTimestamp();
            model.Predict(rows.AsSpan(_row * width, width), _output);
            var t1 = time.GetTimestamp();
            ticks[n++] = t1 - t0;
            _row = _row + 1 == _rowCount ? 0 : _row + 1;
            if (t1 - _start > _hardTicks)
            {
                PastHardCap = true;
                break;
            }

            if (n >= minCalls && t1 - roundStart >= roundTicks)
            {
                break;
            }
        }

        return n;
    }
}
