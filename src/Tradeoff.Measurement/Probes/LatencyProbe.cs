using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Single-stream latency (MLPerf's scenario): one row per call, one call at a time. Warm-up calls first, then
/// at least the minimum sample count, cycling through the rows; then more in growing rounds until the p99 moves
/// by at most 5% between rounds, the time cap passes, or <see cref="MaxSamples"/> is reached.
/// </summary>
internal static class LatencyProbe
{
    public const int WarmUpCalls = 100;

    public const int MaxSamples = 100_000;

    /// <summary>Relative change of the p99 between rounds below which it counts as stable.</summary>
    public const double StableChange = 0.05;

    /// <summary>The minimum sample count is cut short past this multiple of the cap, so one slow model cannot stall a run.</summary>
    public const int HardCapMultiple = 5;

    public static LatencyResult Measure(IModel model, float[] rows, int width, int minSamples, TimeSpan cap, ProbeContext context, CancellationToken token)
    {
        var rowCount = rows.Length / width;
        var output = new float[model.OutputLength];
        var row = 0;
        for (var i = 0; i < WarmUpCalls; i++)
        {
            model.Predict(rows.AsSpan(row * width, width), output);
            row = (row + 1) % rowCount;
        }

        var time = context.Time;
        var target = Math.Clamp(minSamples, 1, MaxSamples);
        var ticks = new long[Math.Min(MaxSamples, target * 2)];
        var count = 0;
        double? previousP99 = null;
        string stopped;
        var energy0 = context.Energy?.Read();
        var cpu0 = context.Cpu.ProcessorTime;
        var start = time.GetTimestamp();
        var hardCap = cap * HardCapMultiple;
        while (true)
        {
            while (count < target)
            {
                if (count == ticks.Length)
                {
                    Array.Resize(ref ticks, Math.Min(MaxSamples, ticks.Length * 2));
                }

                var t0 = time.GetTimestamp();
                model.Predict(rows.AsSpan(row * width, width), output);
                ticks[count++] = time.GetTimestamp() - t0;
                row = (row + 1) % rowCount;
                if ((count & 255) == 0)
                {
                    token.ThrowIfCancellationRequested();
                    if (time.GetElapsedTime(start) > hardCap)
                    {
                        break;
                    }
                }
            }

            var elapsed = time.GetElapsedTime(start);
            if (count < target)
            {
                stopped = $"hard time cap of {hardCap.TotalSeconds:0.#} s before the minimum samples";
                break;
            }

            if (count >= MaxSamples)
            {
                stopped = "sample limit";
                break;
            }

            if (elapsed >= cap)
            {
                stopped = $"time cap of {cap.TotalSeconds:0.#} s";
                break;
            }

            var p99 = Percentiles.NearestRank(ToMicroseconds(ticks, count, time.TimestampFrequency).Order().ToArray(), 99);
            if (previousP99 is { } previous && Math.Abs(p99 - previous) <= StableChange * previous)
            {
                stopped = "p99 stable within 5% between rounds";
                break;
            }

            previousP99 = p99;
            target = Math.Min(MaxSamples, count + Math.Max(100, count / 2));
        }

        var cpu = (context.Cpu.ProcessorTime - cpu0).TotalSeconds;
        double? joules = energy0 is null ? null : context.Energy!.JoulesBetween(energy0, context.Energy.Read());
        return new LatencyResult { Microseconds = ToMicroseconds(ticks, count, time.TimestampFrequency), CpuSeconds = cpu, Joules = joules, StoppedBecause = stopped };
    }

    /// <summary>Managed bytes allocated per single-row prediction, averaged over <paramref name="calls"/> calls on this thread.</summary>
    public static double AllocatedPerCall(IModel model, float[] rows, int width, int calls)
    {
        var rowCount = rows.Length / width;
        var output = new float[model.OutputLength];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var row = i % rowCount;
            model.Predict(rows.AsSpan(row * width, width), output);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }

    private static double[] ToMicroseconds(long[] ticks, int count, long frequency)
    {
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = ticks[i] * 1e6 / frequency;
        }

        return result;
    }
}
