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
        LatencyProbe.Measure(model, Rows, 1, plan, machine.Context, new JitWatch(machine.Jit, machine.Time), CancellationToken.None);

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
    public void Warm_up_waits_until_the_compiler_has_been_quiet()
    {
        // Given a compiler that keeps compiling for the first 0.8 s of calls
        var machine = new FakeMachine();
        var start = machine.Time.GetTimestamp();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            machine.Time.Advance(TimeSpan.FromMicroseconds(10));
            if (machine.Time.GetElapsedTime(start) < TimeSpan.FromSeconds(0.8))
            {
                machine.Jit.CompiledMethods++;
            }
        });

        var result = Measure(machine, model, Plan());

        // Then warm-up ends only 250 ms after the last compilation, not at the 0.3 s minimum
        Assert.True(result.WarmUp.Steady);
        Assert.InRange(result.WarmUp.Seconds, 1.05, 1.06);
        Assert.Contains("ended at steady state", result.WarmUp.Describe("round"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compiler_that_never_settles_ends_the_warm_up_at_its_limit_and_says_so()
    {
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () =>
        {
            machine.Time.Advance(TimeSpan.FromMicroseconds(10));
            machine.Jit.CompiledMethods++;
        });

        var result = Measure(machine, model, Plan());

        Assert.Equal(WarmUpEnd.TimeLimit, result.WarmUp.End);
        Assert.InRange(result.WarmUp.Seconds, 5, 5.01);
        Assert.Contains("may include unoptimized code", result.WarmUp.Describe("round"), StringComparison.Ordinal);
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
