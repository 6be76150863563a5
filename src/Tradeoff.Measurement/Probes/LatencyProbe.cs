using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Single-stream latency (MLPerf's scenario): one row per call, one call at a time, cycling through the rows. A
/// warm-up of rounds first, until the code runs at steady state (<see cref="SteadyState"/>); then timed rounds of at
/// least <see cref="RoundTime"/> each, at least <see cref="MinRounds"/> and the minimum sample count, then more
/// until the p99 moves by at most 5% between checks, the time cap passes, or <see cref="MaxSamples"/> is reached.
/// The hard cap bounds warm-up and timing together and is checked after every call.
/// </summary>
internal static class LatencyProbe
{
    public const int MaxSamples = 100_000;

    /// <summary>Rounds the timed calls are split into; each percentile's interval comes from the rounds' percentiles.</summary>
    public const int MinRounds = 10;

    public const int MaxRoundCalls = MaxSamples / MinRounds;

    /// <summary>Bounds for code too fast for the clock to time a round (a fake clock in tests).</summary>
    public const int WarmUpRoundCalls = 4096;

    public const int MaxWarmUpRounds = 200;

    /// <summary>A timed sample lasts at least this many steps of the clock's resolution (calls are grouped to reach it).</summary>
    public const int ResolvedSample = 50;

    public const int MaxGroup = 1024;

    /// <summary>Relative change of the p99 between checks below which it counts as stable.</summary>
    public const double StableChange = 0.05;

    /// <summary>A round lasts at least this long, so that rounds sample different moments of the machine.</summary>
    public static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(1);

    public static LatencyResult Measure(IModel model, float[] rows, int width, LatencyPlan plan, ProbeContext context, CancellationToken token)
    {
        QuietHeap.Collect();
        var caller = new TimedCaller(model, rows, width, context.Time, plan.HardCap, token);
        var (warmUp, warmMedian) = WarmUp(caller, plan.WarmUp, context);
        var (clock, resolution) = Clock(context.Time);
        caller.Group = Group(warmMedian, resolution, context.Time.TimestampFrequency);
        var minSamples = Math.Clamp(plan.MinSamples, 1, MaxSamples);
        var perRound = Math.Clamp((minSamples + MinRounds - 1) / MinRounds, 1, MaxRoundCalls);
        var ticks = new long[MaxSamples];
        var rounds = new List<int>();
        var count = 0;
        var nextCheck = minSamples;
        double? previousP99 = null;
        var timed = context.Time.GetTimestamp();
        string stopped;
        while (true)
        {
            if (!caller.PastHardCap)
            {
                var room = Math.Min(MaxRoundCalls, MaxSamples - count);
                var n = caller.Round(ticks.AsSpan(count, room), Math.Min(perRound, room), room, RoundTime);
                count += n;
                if (n > 0)
                {
                    rounds.Add(n);
                }
            }

            if (caller.PastHardCap)
            {
                stopped = $"hard cap of {Invariant.Number(plan.HardCap.TotalSeconds)} s, warm-up included{(count < minSamples ? ", before the minimum samples" : "")}";
                break;
            }

            if (count >= MaxSamples)
            {
                stopped = "sample limit";
                break;
            }

            if (count < minSamples || rounds.Count < MinRounds)
            {
                continue;
            }

            if (context.Time.GetElapsedTime(timed) >= plan.TimeCap)
            {
                stopped = $"time cap of {Invariant.Number(plan.TimeCap.TotalSeconds)} s";
                break;
            }

            if (count >= nextCheck)
            {
                var p99 = Percentiles.NearestRank(ToMicroseconds(ticks, count, context.Time.TimestampFrequency, caller.Group).Order().ToArray(), 99);
                if (previousP99 is { } previous && Math.Abs(p99 - previous) <= StableChange * previous)
                {
                    stopped = "p99 stable within 5% between checks";
                    break;
                }

                previousP99 = p99;
                nextCheck = count + Math.Max(100, count / 2);
            }
        }

        return new LatencyResult
        {
            CallsPerSample = caller.Group,
            Microseconds = ToMicroseconds(ticks, count, context.Time.TimestampFrequency, caller.Group),
            RoundSizes = rounds,
            WarmUp = warmUp,
            ClockNanoseconds = clock,
            ClockResolutionNanoseconds = resolution,
            StoppedBecause = stopped,
        };
    }

    /// <summary>
    /// How long the warm-up of single-row predictions of <paramref name="model"/> takes to reach steady state (or a
    /// bound), as <see cref="Measure"/> makes it: what the measurement plan takes a timed stage's warm-up to cost.
    /// </summary>
    public static double WarmUpSeconds(IModel model, float[] rows, int width, WarmUpSpec spec, ProbeContext context, CancellationToken token) =>
        WarmUp(new TimedCaller(model, rows, width, context.Time, spec.Maximum * 2, token), spec, context).Record.Seconds;

    private static (WarmUpRecord Record, double Median) WarmUp(TimedCaller caller, WarmUpSpec spec, ProbeContext context)
    {
        var scratch = new long[WarmUpRoundCalls];
        var steady = new SteadyState(spec, context.Jit, context.Time, window: 3, tolerance: 0.10, MaxWarmUpRounds);
        while (true)
        {
            var n = caller.Round(scratch, 1, WarmUpRoundCalls, RoundTime);
            var median = MedianOf(scratch.AsSpan(0, n));
            if (caller.PastHardCap || steady.Add(median))
            {
                return (caller.PastHardCap ? steady.Stop() : steady.Outcome!, median);
            }
        }
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

    // Back-to-back clock reads: their median gap is what each timed call carries besides the prediction; their
    // smallest positive gap is the clock's resolution (one tick of the reported frequency when no gap is positive).
    private static (double Nanoseconds, double Resolution) Clock(TimeProvider time)
    {
        const int reads = 1001;
        var gaps = new double[reads];
        for (var i = 0; i < reads; i++)
        {
            var t0 = time.GetTimestamp();
            gaps[i] = time.GetTimestamp() - t0;
        }

        Array.Sort(gaps);
        var tick = 1e9 / time.TimestampFrequency;
        var smallest = gaps.FirstOrDefault(g => g > 0);
        return (gaps[reads / 2] * tick, (smallest > 0 ? smallest : 1) * tick);
    }

    private static double MedianOf(Span<long> ticks)
    {
        if (ticks.IsEmpty)
        {
            return 0;
        }

        ticks.Sort();
        return ticks[ticks.Length / 2];
    }

    private static double[] ToMicroseconds(long[] ticks, int count, long frequency, int group)
    {
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = ticks[i] * 1e6 / frequency / group;
        }

        return result;
    }

    /// <summary>
    /// How many calls one timed sample holds: 1, unless a call (its warm median, clock read included) is shorter than
    /// <see cref="ResolvedSample"/> steps of the clock's resolution; then as many as make a sample that long, so that
    /// neither the clock's resolution nor its read is most of the figure (at most <see cref="MaxGroup"/>).
    /// </summary>
    private static int Group(double medianTicks, double resolutionNanoseconds, long frequency)
    {
        var resolutionTicks = resolutionNanoseconds * frequency / 1e9;
        var wanted = ResolvedSample * resolutionTicks;
        return medianTicks <= 0 ? 1 : (int)Math.Clamp(Math.Ceiling(wanted / medianTicks), 1, MaxGroup);
    }
}
