using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Times single-row predictions, cycling through the rows, one call at a time or, for calls too short for the clock
/// to resolve, a group of consecutive calls per sample (<see cref="Group"/>; BenchmarkDotNet's invocations per
/// iteration). It stops the moment the hard cap has passed: the cap is checked after every sample, so one slow model
/// overruns it by one call at most.
/// </summary>
internal sealed class TimedCaller(IModel model, float[] rows, int width, TimeProvider time, TimeSpan hardCap, CancellationToken token)
{
    private readonly float[] _output = new float[model.OutputLength];
    private readonly int _rowCount = rows.Length / width;
    private readonly long _start = time.GetTimestamp();
    private readonly long _hardTicks = (long)Math.Min(long.MaxValue / 2.0, hardCap.TotalSeconds * time.TimestampFrequency);
    private int _row;

    public bool PastHardCap { get; private set; }

    /// <summary>Calls timed together as one sample; 1 times every call alone.</summary>
    public int Group { get; set; } = 1;

    /// <summary>
    /// One round: samples until at least <paramref name="minCalls"/> were taken and the round lasted
    /// <paramref name="roundTime"/>, at most <paramref name="maxCalls"/>; each sample's ticks (a call's, or a group's)
    /// go to <paramref name="ticks"/>. Returns the samples taken.
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
            for (var call = 0; call < Group; call++)
            {
                model.Predict(rows.AsSpan(_row * width, width), _output);
                _row = _row + 1 == _rowCount ? 0 : _row + 1;
            }

            var t1 = time.GetTimestamp();
            ticks[n++] = t1 - t0;
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
