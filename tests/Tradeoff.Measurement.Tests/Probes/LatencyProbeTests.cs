using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class LatencyProbeTests
{
    private static readonly float[] Rows = [1f, 2f, 3f];

    [Fact]
    public void Constant_latencies_stop_once_the_p99_is_stable()
    {
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () => machine.Time.Advance(TimeSpan.FromMicroseconds(7)));

        var result = LatencyProbe.Measure(model, Rows, 1, 1000, TimeSpan.FromSeconds(2), machine.Context, CancellationToken.None);

        // The first round of 1,000 and a second of 500 agree on the p99
        Assert.Equal(1500, result.Microseconds.Length);
        Assert.All(result.Microseconds, us => Assert.Equal(7, us, 9));
        Assert.StartsWith("p99 stable", result.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_model_is_cut_short_at_the_hard_cap_before_the_minimum()
    {
        // 10 ms per call, a 0.1 s cap: the hard cap of 0.5 s passes long before 1,000 calls
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0, () => machine.Time.Advance(TimeSpan.FromMilliseconds(10)));

        var result = LatencyProbe.Measure(model, Rows, 1, 1000, TimeSpan.FromSeconds(0.1), machine.Context, CancellationToken.None);

        Assert.Equal(256, result.Microseconds.Length);
        Assert.StartsWith("hard time cap", result.StoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_above_the_sample_limit_stops_at_the_limit()
    {
        var machine = new FakeMachine();
        var model = new FakeModel(1, 1, 1, (_, o) => o[0] = 0);

        var result = LatencyProbe.Measure(model, Rows, 1, 150_000, TimeSpan.FromSeconds(2), machine.Context, CancellationToken.None);

        Assert.Equal(LatencyProbe.MaxSamples, result.Microseconds.Length);
        Assert.Equal("sample limit", result.StoppedBecause);
    }

    [Fact]
    public void Calls_cycle_through_the_rows()
    {
        var machine = new FakeMachine();
        var seen = new List<float>();
        var model = new FakeModel(1, 1, 1, (row, o) => { seen.Add(row[0]); o[0] = 0; });

        LatencyProbe.Measure(model, Rows, 1, 1, TimeSpan.FromSeconds(2), machine.Context, CancellationToken.None);

        Assert.Equal([1f, 2f, 3f, 1f, 2f, 3f], seen.Take(6));
    }
}
