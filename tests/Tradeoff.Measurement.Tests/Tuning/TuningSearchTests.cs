using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Tuning;

public sealed class TuningSearchTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Theory]
    [InlineData(TuningStrategy.Random)]
    [InlineData(TuningStrategy.CostFrugal)]
    public void Should_try_the_same_configurations_and_choose_the_same_When_the_seed_is_the_same(TuningStrategy strategy)
    {
        // Given two runs of the same study
        TechniqueResult Run(int seed) => new FakeMachine()
            .Engine(Protocol(strategy, trials: 8) with { Seed = seed })
            .MeasureTuned("recording", RecordingTechnique.Descriptor([]), NoSettings, "accuracy", null, TuningData.Overlapping(), null, CancellationToken.None);

        // When each tunes with seed 7
        var first = Run(7);
        var second = Run(7);

        // Then the trials, the choice, the nested choices and the accuracy agree; another seed tries other configurations
        Assert.Equal(Settings(first), Settings(second));
        Assert.Equal(first.Tuning!.Chosen, second.Tuning!.Chosen);
        Assert.Equal(first.Tuning.NestedChoices, second.Tuning.NestedChoices);
        Assert.Equal(first.Qualities["accuracy"].Value, second.Qualities["accuracy"].Value);
        Assert.NotEqual(Settings(first), Settings(Run(8)));
    }

    [Fact]
    public void Should_start_from_the_defaults_When_the_search_is_random()
    {
        var result = Tune(Protocol(TuningStrategy.Random, trials: 5));

        Assert.Equal(new Dictionary<string, string> { ["shift"] = "0.3", ["cost"] = "4" }, result.Tuning!.Trials[0].Settings);
        Assert.Equal(5, result.Tuning.Trials.Count);
        Assert.Contains("the defaults", result.Tuning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_start_from_the_cheapest_configuration_and_stay_cheap_unless_it_pays_When_the_search_is_cost_frugal()
    {
        var result = Tune(Protocol(TuningStrategy.CostFrugal, trials: 10));

        var trials = result.Tuning!.Trials;
        Assert.Equal("1", trials[0].Settings["cost"]);
        Assert.Equal("0.3", trials[0].Settings["shift"]);
        Assert.True(trials.Count(t => int.Parse(t.Settings["cost"], System.Globalization.CultureInfo.InvariantCulture) <= 2) >= trials.Count / 2);
    }

    [Fact]
    public void Should_choose_the_trial_with_the_best_inner_score()
    {
        var tuning = Tune(Protocol(TuningStrategy.Random, trials: 10)).Tuning!;

        var best = tuning.Trials.Where(t => t.Status == TechniqueStatus.Measured).Max(t => t.Qualities["accuracy"].Value);
        var chosen = tuning.Trials.Single(t => t.Index == tuning.Chosen);
        Assert.Equal(best, chosen.Qualities["accuracy"].Value);
        // Among trials tied on the best score, the smallest model, then the earliest
        var tied = tuning.Trials.Where(t => t.Qualities.TryGetValue("accuracy", out var a) && a.Value == best).ToList();
        Assert.Equal(tied.OrderBy(t => t.Qualities["model-size"].Value).ThenBy(t => t.Index).First().Index, chosen.Index);
        Assert.Contains($"trial {chosen.Index}", tuning.Reason, StringComparison.Ordinal);
        Assert.True(chosen.Qualities["model-size"].IsAvailable);
        Assert.True(chosen.Qualities["train-time"].IsAvailable);
    }

    [Fact]
    public void Should_leave_a_setting_alone_When_the_study_fixes_it()
    {
        var fixedCost = new Dictionary<string, string> { ["cost"] = "2" };
        var result = new FakeMachine().Engine(Protocol(TuningStrategy.Random, trials: 4))
            .MeasureTuned("recording", RecordingTechnique.Descriptor([]), fixedCost, "accuracy", null, TuningData.Overlapping(), null, CancellationToken.None);

        Assert.All(result.Tuning!.Trials, t => Assert.Equal(["shift"], t.Settings.Keys));
        Assert.Equal("2", result.Settings["cost"]);
        Assert.Equal(fixedCost, result.Tuning.Fixed);
    }

    [Fact]
    public void Should_record_failed_trials_and_go_on_When_a_configuration_is_invalid()
    {
        // Given a study that fixes a cost the technique refuses
        var result = new FakeMachine().Engine(Protocol(TuningStrategy.Random, trials: 3))
            .MeasureTuned("recording", RecordingTechnique.Descriptor([]), new Dictionary<string, string> { ["cost"] = "0" }, "accuracy", null, TuningData.Overlapping(), null, CancellationToken.None);

        // Then every trial failed with the setting's message and the technique failed, keeping the trials
        Assert.Equal(TechniqueStatus.Failed, result.Status);
        Assert.All(result.Tuning!.Trials, t => Assert.Contains("setting 'cost' is '0'", t.Message, StringComparison.Ordinal));
        Assert.Null(result.Tuning.Chosen);
    }

    [Fact]
    public void Should_choose_the_metric_from_the_study()
    {
        Assert.Equal("auc", MeasurementEngine.TuningMetric(new TuningSpec(), ["latency.p99", "auc"], TaskKind.BinaryClassification));
        Assert.Equal("accuracy", MeasurementEngine.TuningMetric(new TuningSpec(), ["model-size"], TaskKind.MulticlassClassification));
        Assert.Equal("rmse", MeasurementEngine.TuningMetric(new TuningSpec(), [], TaskKind.Regression));
        Assert.Equal("log-loss", MeasurementEngine.TuningMetric(new TuningSpec { Metric = "log-loss" }, ["auc"], TaskKind.BinaryClassification));
        var error = Assert.Throws<InputException>(() => MeasurementEngine.TuningMetric(new TuningSpec { Metric = "auc" }, [], TaskKind.MulticlassClassification));
        Assert.Contains("not measured for multiclass-classification", error.Message, StringComparison.Ordinal);
    }

    private static TechniqueResult Tune(ProtocolSpec protocol) =>
        new FakeMachine().Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([]), NoSettings, "accuracy", null, TuningData.Overlapping(), null, CancellationToken.None);

    private static ProtocolSpec Protocol(TuningStrategy strategy, int trials) =>
        new() { Folds = 3, Qualities = ["accuracy"], Tuning = new TuningSpec { Trials = trials, InnerFolds = 2, Strategy = strategy } };

    private static List<string> Settings(TechniqueResult result) =>
        result.Tuning!.Trials.Select(t => string.Join(",", t.Settings.Select(p => p.Key + "=" + p.Value))).ToList();
}
