using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Store.Tests;

public sealed class TuningRoundTripTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_load_the_trials_and_the_choice_When_a_tuned_result_is_saved()
    {
        // Given a tuned result with two trials, one failed, and a frontier
        var saved = StoreSamples.Technique("tree") with { Tuning = Tuning() };
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());

        // When it is saved and the run loaded
        store.SaveTechnique(run, saved);
        var tuning = Assert.Single(store.LoadRun(run)!.Techniques).Tuning;

        // Then the tuning comes back whole
        Assert.NotNull(tuning);
        Assert.Equal("cost-frugal", tuning.Strategy);
        Assert.Equal(2, tuning.Chosen);
        Assert.Equal([2], tuning.Frontier);
        Assert.Equal(["accuracy", "model-size"], tuning.FrontierObjectives);
        Assert.Equal(TechniqueStatus.Failed, tuning.Trials[0].Status);
        Assert.Equal("4", tuning.Trials[1].Settings["max-depth"]);
        Assert.Equal(0.75, tuning.Trials[1].Qualities["accuracy"].Value);
        Assert.Equal("entropy", tuning.Fixed["criterion"]);
        Assert.Equal("3", Assert.Single(tuning.NestedChoices)["max-depth"]);
        Assert.True(tuning.BudgetReached);
    }

    [Fact]
    public void Should_load_no_tuning_When_the_result_was_not_tuned()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());
        store.SaveTechnique(run, StoreSamples.Technique("tree"));

        Assert.Null(Assert.Single(store.LoadRun(run)!.Techniques).Tuning);
    }

    private static TuningResult Tuning() => new()
    {
        Strategy = "cost-frugal",
        Metric = "accuracy",
        TrialsPlanned = 20,
        InnerFolds = 3,
        Fixed = new Dictionary<string, string> { ["criterion"] = "entropy" },
        Trials =
        [
            new TrialResult { Index = 1, Settings = new Dictionary<string, string> { ["max-depth"] = "1" }, Status = TechniqueStatus.Failed, Message = "boom", Seconds = 0.1 },
            new TrialResult
            {
                Index = 2,
                Settings = new Dictionary<string, string> { ["max-depth"] = "4" },
                Qualities = new Dictionary<string, QualityValue> { ["accuracy"] = new() { Value = 0.75, Unit = "", Direction = Direction.HigherIsBetter, Std = 0.02 } },
                Seconds = 0.2,
            },
        ],
        Chosen = 2,
        Reason = "highest accuracy",
        Frontier = [2],
        FrontierObjectives = ["accuracy", "model-size"],
        SearchSeconds = 0.3,
        NestedSeconds = 2.5,
        BudgetSeconds = 10,
        BudgetReached = true,
        Evaluation = "nested cross-validation",
        NestedChoices = [new Dictionary<string, string> { ["max-depth"] = "3" }],
    };
}
