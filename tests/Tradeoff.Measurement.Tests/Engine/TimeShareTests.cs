using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>A technique's share of the run's time budget (<c>--time-budget</c>), on a fake clock.</summary>
public sealed class TimeShareTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Past_its_share_a_technique_skips_its_remaining_probes_and_keeps_what_it_measured()
    {
        // Given 2 s fits and a 5 s share: cross-validation (3 fits) and the final fit take 8 s, past the share
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);
        var engine = new MeasurementEngine(new ProtocolSpec { Folds = 3 }, machine.Context, null)
        {
            TimeShares = () => new TimeShare(TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), "the run's time budget"),
        };

        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(100, 50), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Contains("accuracy", result.Qualities.Keys);
        Assert.Contains("train-time", result.Qualities.Keys);
        Assert.DoesNotContain("latency.p50", result.Qualities.Keys);
        Assert.StartsWith("the run's time budget: its share (5", result.Message, StringComparison.Ordinal);
        Assert.Contains("passed, so these were not measured: model-size, latency", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_its_share_a_probe_of_a_quality_the_decision_reads_still_runs()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);
        var engine = new MeasurementEngine(new ProtocolSpec { Folds = 3 }, machine.Context, null)
        {
            TimeShares = () => new TimeShare(TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), "the run's time budget") { Needed = new HashSet<string> { "model-size" } },
        };

        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(100, 50), null, CancellationToken.None);

        Assert.Contains("model-size", result.Qualities.Keys);
        Assert.Contains("passed, so these were not measured: latency", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Within_its_share_nothing_is_cut()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromMilliseconds(1), predict: TimeSpan.Zero);
        var engine = new MeasurementEngine(new ProtocolSpec { Folds = 3, Qualities = ["accuracy", "model-size"] }, machine.Context, null)
        {
            TimeShares = () => new TimeShare(TimeSpan.FromHours(1), TimeSpan.FromHours(2), "the run's time budget"),
        };

        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(100, 50), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Null(result.Message);
        Assert.Contains("model-size", result.Qualities.Keys);
    }

    [Fact]
    public void When_all_the_run_has_left_passes_the_technique_is_stopped_over_budget_and_says_it_was_the_run_s_budget()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(2), predict: TimeSpan.Zero);
        var engine = new MeasurementEngine(new ProtocolSpec { Folds = 3 }, machine.Context, null)
        {
            TimeShares = () => new TimeShare(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), "the run's time budget of 3 s"),
        };

        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(100, 50), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Equal("the run's time budget of 3 s ran out during accuracy; the qualities measured before are kept", result.Message);
    }
}
