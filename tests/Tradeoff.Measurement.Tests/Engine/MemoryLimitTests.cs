using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed class MemoryLimitTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Passing_the_memory_limit_stops_the_technique_over_budget_with_what_was_measured()
    {
        // Given a technique whose every fit and model load keeps 1 GB more resident, and a limit of 1.5 GB above the start
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 1_000_000_000);
        // (train-time and energy are left out: their extra timing fits would pass the limit before the load does)
        var protocol = new ProtocolSpec { MemoryLimitBytes = 1_500_000_000, Qualities = ["accuracy", "latency", "throughput", "inference-memory"] };

        // When measured on a test set (one fit, then the saved model loaded again for inference memory)
        var result = machine.Engine(protocol).Measure("clock", technique, NoSettings, TestData.Classes(100, 50), TestData.Classes(20, 10), CancellationToken.None);

        // Then it ends over budget at the load, naming the stage and what it reached, keeping what came before
        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Equal("memory limit of 1.5 GB passed during inference-memory (reached 2 GB); the qualities measured before are kept", result.Message);
        Assert.Contains("accuracy", result.Qualities.Keys);
        Assert.Contains("latency.p50", result.Qualities.Keys);
        Assert.DoesNotContain("throughput", result.Qualities.Keys);
        Assert.Equal(1, technique.Fits);
    }

    [Fact]
    public void The_watchdog_cancels_a_fit_that_holds_too_much_memory()
    {
        // Given a fit that takes 3 GB and then waits for its token for up to a minute
        var machine = new FakeMachine();
        var technique = new HungryTechnique(machine.Memory, 3_000_000_000, TimeSpan.FromMinutes(1));

        // When measured with a 2 GB limit
        var result = machine.Engine(new ProtocolSpec { MemoryLimitBytes = 2_000_000_000 }).Measure("hungry", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the watchdog thread cancelled the fit while it ran
        Assert.True(technique.Cancelled);
        Assert.Equal(TechniqueStatus.OverBudget, result.Status);
        Assert.Equal("memory limit of 2 GB passed during accuracy (reached 3 GB); the qualities measured before are kept", result.Message);
        Assert.Empty(result.Qualities);
    }

    [Fact]
    public void Memory_below_the_limit_or_no_limit_leaves_the_technique_measured()
    {
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 1_000_000);

        var limited = machine.Engine(new ProtocolSpec { MemoryLimitBytes = 1_000_000_000 }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);
        var unlimited = machine.Engine(new ProtocolSpec()).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, limited.Status);
        Assert.Equal(TechniqueStatus.Measured, unlimited.Status);
    }

    [Fact]
    public void Memory_held_before_the_technique_started_does_not_count()
    {
        // Given a process already at 5 GB resident
        var machine = new FakeMachine();
        machine.Memory.Bytes = 5_000_000_000;
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.Zero, memory: 1_000_000);

        var result = machine.Engine(new ProtocolSpec { MemoryLimitBytes = 2_000_000_000 }).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
    }
}
