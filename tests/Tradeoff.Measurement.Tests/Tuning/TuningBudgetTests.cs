using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Tuning;

public sealed class TuningBudgetTests
{
    [Theory]
    [InlineData(TuningStrategy.Random)]
    [InlineData(TuningStrategy.CostFrugal)]
    public void Should_start_no_trial_after_the_share_of_the_budget_When_the_budget_is_short(TuningStrategy strategy)
    {
        // Given fits that take 1 to 8 fake seconds, 3 outer folds (4 searches) and a budget of 40 s: 10 s per search
        var machine = new FakeMachine();
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = 20, InnerFolds = 2, Strategy = strategy } };
        var budget = TimeSpan.FromSeconds(40);

        // When the technique is tuned
        var result = machine.Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([], machine), new Dictionary<string, string>(), "accuracy", budget, TuningData.Overlapping(), null, CancellationToken.None);

        // Then the search stopped early, started its last trial before its 10 s, and the whole tuning
        // overran the budget by at most one trial per search (a trial is 2 fits of at most 8 s)
        var tuning = result.Tuning!;
        Assert.True(tuning.BudgetReached);
        Assert.InRange(tuning.Trials.Count, 1, 19);
        Assert.True(tuning.Trials.Take(tuning.Trials.Count - 1).Sum(t => t.Seconds) < 10);
        Assert.InRange(tuning.SearchSeconds + tuning.NestedSeconds, 1, 40 + (4 * 16));
        Assert.Equal(40, tuning.BudgetSeconds);
        Assert.Equal(3, tuning.NestedChoices.Count);
    }

    [Fact]
    public void Should_try_one_configuration_per_search_When_no_time_is_left()
    {
        var machine = new FakeMachine();
        var protocol = new ProtocolSpec { Folds = 2, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = 20, InnerFolds = 2 } };

        var result = machine.Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([], machine), new Dictionary<string, string>(), "accuracy", TimeSpan.Zero, TuningData.Overlapping(), null, CancellationToken.None);

        Assert.Single(result.Tuning!.Trials);
        Assert.True(result.Tuning.BudgetReached);
        Assert.True(result.Qualities["accuracy"].IsAvailable);
    }

    [Fact]
    public void Should_try_every_planned_trial_When_there_is_no_budget()
    {
        var machine = new FakeMachine();
        var protocol = new ProtocolSpec { Folds = 2, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = 6, InnerFolds = 2 } };

        var result = machine.Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([], machine), new Dictionary<string, string>(), "accuracy", null, TuningData.Overlapping(), null, CancellationToken.None);

        Assert.Equal(6, result.Tuning!.Trials.Count);
        Assert.False(result.Tuning.BudgetReached);
        Assert.Null(result.Tuning.BudgetSeconds);
    }
}
