using Microsoft.Extensions.Time.Testing;
using Tradeoff.Core.Results;

namespace Tradeoff.Runs.Tests;

/// <summary>The run's time budget shared among techniques, on a fake clock.</summary>
public sealed class RunBudgetTests
{
    [Fact]
    public void What_is_left_is_shared_evenly_and_time_a_technique_does_not_use_passes_to_the_next()
    {
        var clock = new FakeTimeProvider();
        var budget = new RunBudget(clock, TimeSpan.FromMinutes(10), pending: 4, new HashSet<string>());

        var first = budget.Next();
        clock.Advance(TimeSpan.FromMinutes(1));
        budget.Done(Result("a"));
        var second = budget.Next();

        Assert.Equal(TimeSpan.FromMinutes(2.5), first.Share);
        Assert.Equal(TimeSpan.FromMinutes(10), first.Left);
        Assert.Equal(TimeSpan.FromMinutes(3), second.Share);
        Assert.Null(budget.Cuts());
    }

    [Fact]
    public void Once_spent_the_techniques_left_are_not_measured_and_the_cuts_are_said_in_one_line()
    {
        var clock = new FakeTimeProvider();
        var budget = new RunBudget(clock, TimeSpan.FromMinutes(10), pending: 3, new HashSet<string>());
        var shortened = budget.Next();

        clock.Advance(TimeSpan.FromMinutes(11));
        budget.Done(Result("a") with { Message = $"{shortened.Budget}: its share (200 s) passed, so these were not measured: robustness" });
        var skipped = budget.Skip(Result("b"));

        Assert.True(budget.Spent);
        Assert.Equal(TechniqueStatus.NotTrained, skipped.Status);
        Assert.Equal("not measured: the run's time budget of 600 s (--time-budget) was spent before it started", skipped.Message);
        Assert.Equal(
            "the run's time budget of 600 s (--time-budget) cut the run: a shortened (each says what it did not measure); not measured: b; a longer budget measures them.",
            budget.Cuts());
    }

    private static TechniqueResult Result(string name) => new() { Name = name, TechniqueId = "baseline", Status = TechniqueStatus.Measured };
}
