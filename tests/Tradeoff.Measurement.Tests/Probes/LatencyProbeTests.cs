using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class LatencyProbeTests
{
    private static readonly float[] Rows = [1f, 2f, 3f];

    private static LatencyPlan Plan(int minSamples = 1000, double capSeconds = 2, double hardCapSeconds = 10) =>
        new(minSamples, TimeSpan.FromSeconds(capSeconds), TimeSpan.FromSeconds(hardCapSeconds), new WarmUpSpec());

    private static LatencyResult Measure(FakeMachine machine, FakeModel model, LatencyPlan plan) =>
        LatencyProbe.Measure(model, Rows, 1, plan, machine.Context, CancellationToken.None);

    [Fact]
    public void Constant_latencies_stop_once_the_p99_is_stable_after_a_steady_warm_up()
    {
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () => machine.Time.Advance(TimeSpan.FromMicroseconds(7)));

        var result = Measure(machine, model, Plan());

        // Warm-up: rounds of 1 ms (143 calls of 7 us) until 0.3 s have passed with nothing compiled
        Assert.True(result.WarmUp.Steady);
        Assert.InRange(result.WarmUp.Seconds, 0.3, 0.302);
        // Timed: 10 rounds of 143 calls reach the minimum; a check 50% later finds the p99 unchanged
        Assert.All(result.RoundSizes, n => Assert.Equal(143, n));
        Assert.Equal(15, result.RoundSizes.Count);
        Assert.All(result.Microseconds, us => Assert.Equal(7, us, 9));
        Assert.StartsWith("p99 stable", result.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_keeps_compiling_and_slowing_down_ends_the_warm_up_at_its_limit_and_says_so()
    {
        // Given a compiler whose work grows every call and calls that grow slower and slower: never steady
        var machine = new FakeMachine();
        var calls = 0;
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            calls++;
            machine.Time.Advance(TimeSpan.FromMicroseconds(10 + (calls / 10.0)));
            machine.Jit.CompiledMethods += calls;
        });

        var result = Measure(machine, model, Plan());

        Assert.Equal(WarmUpEnd.TimeLimit, result.WarmUp.End);
        Assert.InRange(result.WarmUp.Seconds, 5, 5.01);
        Assert.Contains("may include unoptimized code", result.WarmUp.Describe("round"), StringComparison.Ordinal);
    }

    [Fact]
    public void Warm_up_waits_until_the_compiler_has_settled()
    {
        // Given a compiler that compiles more and more methods a call for the first 0.6 s of calls (tiers still moving)
        var machine = new FakeMachine();
        var start = machine.Time.GetTimestamp();
        var calls = 0;
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            machine.Time.Advance(TimeSpan.FromMicroseconds(10));
            if (machine.Time.GetElapsedTime(start) < TimeSpan.FromSeconds(0.6))
            {
                machine.Jit.CompiledMethods += ++calls;
            }
        });

        var result = Measure(machine, model, Plan());

        // Then warm-up ends only 250 ms after the compilation stopped, not at the 0.3 s minimum
        Assert.Equal(WarmUpEnd.Steady, result.WarmUp.End);
        Assert.InRange(result.WarmUp.Seconds, 0.85, 0.86);
        Assert.Contains("ended at steady state: nothing compiled for 250 ms", result.WarmUp.Describe("round"), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_compiles_the_same_methods_every_round_is_settled()
    {
        // Given code that generates one method on every call (as ML.NET pipelines do), at a constant 10 us a call
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            machine.Time.Advance(TimeSpan.FromMicroseconds(10));
            machine.Jit.CompiledMethods++;
        });

        var result = Measure(machine, model, Plan());

        // Then rounds of 100 calls each compile the same 100 methods: steady at the minimum, and said so
        Assert.Equal(WarmUpEnd.Steady, result.WarmUp.End);
        Assert.InRange(result.WarmUp.Seconds, 0.3, 0.302);
        Assert.Contains("the same 100 methods compiled in every round", result.WarmUp.Describe("round"), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_keeps_compiling_is_accepted_past_the_settle_time_once_its_figures_stop_trending()
    {
        // Given a compiler whose work differs from round to round forever, and calls of 10 or 11 us at random
        var machine = new FakeMachine();
        var random = new Random(7);
        var calls = 0;
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            machine.Time.Advance(TimeSpan.FromMicroseconds(10 + random.Next(2)));
            machine.Jit.CompiledMethods += ++calls % 7;
        });

        var result = Measure(machine, model, Plan());

        // Then warm-up ends past the 1 s settle time, when the rounds agree and wander instead of trending
        Assert.Equal(WarmUpEnd.Stationary, result.WarmUp.End);
        Assert.InRange(result.WarmUp.Seconds, 1, 1.1);
        Assert.Contains("the compiler kept compiling", result.WarmUp.Describe("round"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hard_cap_is_checked_after_every_call_and_bounds_the_warm_up_too()
    {
        // 100 ms per call against a 1 s hard cap: warm-up alone would want 0.3 s, the minimum 1,000 calls 100 s
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () => machine.Time.Advance(TimeSpan.FromMilliseconds(100)));

        var result = Measure(machine, model, Plan(capSeconds: 0.5, hardCapSeconds: 1));

        // The call that passes the cap is the last: 11 calls of 100 ms in all, warm-up included
        Assert.Equal(11, result.WarmUp.Rounds + result.Microseconds.Length);
        Assert.StartsWith("hard cap of 1 s", result.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_above_the_sample_limit_stops_at_the_limit()
    {
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0);

        var result = Measure(machine, model, Plan(minSamples: 150_000));

        Assert.Equal(LatencyProbe.MaxSamples, result.Microseconds.Length);
        Assert.Equal("sample limit", result.StoppedBecause);
        Assert.Equal(WarmUpEnd.RoundLimit, result.WarmUp.End);
    }

    [Fact]
    public void Calls_cycle_through_the_rows()
    {
        var machine = new FakeMachine();
        var seen = new List<float>();
        var model = new FakeModel(1, 1, 1, (row, o) => { seen.Add(row[0]); o[0] = 0; }, () => machine.Time.Advance(TimeSpan.FromMilliseconds(1)));

        Measure(machine, model, Plan(minSamples: 1));

        Assert.Equal([1f, 2f, 3f, 1f, 2f, 3f], seen.Take(6));
    }
}
