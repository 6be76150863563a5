namespace Tradeoff.Core.Tests.Studies;

public sealed class WarmUpProtocolTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    [Fact]
    public void Should_default_to_a_warm_up_longer_than_the_call_counting_delay_and_a_ten_second_hard_cap()
    {
        var protocol = StudyFixture.Parse(Head).Protocol;

        Assert.Equal(TimeSpan.FromMilliseconds(300), protocol.WarmUp.Minimum);
        Assert.Equal(TimeSpan.FromSeconds(5), protocol.WarmUp.Maximum);
        Assert.Equal(TimeSpan.FromSeconds(2), protocol.LatencyTimeCap);
        Assert.Equal(TimeSpan.FromSeconds(10), protocol.LatencyHardCap);
    }

    [Fact]
    public void Should_read_the_warm_up_bounds_and_the_latency_caps()
    {
        var protocol = StudyFixture.Parse(Head + "protocol: { warm-up: { min: 500ms, max: 2s }, latency-cap: 1s, latency-hard-cap: 4s }\n").Protocol;

        Assert.Equal(TimeSpan.FromMilliseconds(500), protocol.WarmUp.Minimum);
        Assert.Equal(TimeSpan.FromSeconds(2), protocol.WarmUp.Maximum);
        Assert.Equal(TimeSpan.FromSeconds(1), protocol.LatencyTimeCap);
        Assert.Equal(TimeSpan.FromSeconds(4), protocol.LatencyHardCap);
    }

    [Fact]
    public void Should_report_bounds_that_contradict_each_other_with_their_place()
    {
        var problems = StudyFixture.Problems(Head + "protocol:\n  warm-up: { min: 3s, max: 1s, mx: 2s }\n  latency-cap: 5s\n  latency-hard-cap: 2s\n");

        Assert.Equal(
        [
            "4:28: 'protocol.warm-up.max' (1 s) must be at least 'protocol.warm-up.min' (3 s)",
            "4:32: unknown key 'mx' in protocol.warm-up; did you mean 'max'?",
            "6:21: 'protocol.latency-hard-cap' must be at least 'protocol.latency-cap' (5 s)",
        ], problems);
    }

    [Fact]
    public void Should_say_what_a_warm_up_looks_like_When_it_is_not_a_map()
    {
        Assert.Equal("3:22: 'protocol.warm-up' must be a map such as { min: 300ms, max: 5s }", StudyFixture.Problem(Head + "protocol: { warm-up: 5s }\n"));
    }
}
