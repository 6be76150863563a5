using Tradeoff.Core.Results;
using Tradeoff.Runs;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>A run whose techniques were measured in different environments says so, naming both sides and what differs.</summary>
public sealed class MixedEnvironmentsTests
{
    private static readonly EnvironmentInfo Earlier = TestMachine.Environment(("DOTNET_TieredCompilation", "0")) with { Cpu = "Other CPU" };
    private static readonly EnvironmentInfo Current = TestMachine.Environment();

    [Fact]
    public void Should_warn_naming_the_techniques_and_the_fields_When_a_resumed_run_measured_in_two_environments()
    {
        // Given two techniques measured before a resume elsewhere and one measured now
        var techniques = new[] { In("baseline", Earlier), In("one-rule", Earlier), In("decision-tree", Current) };

        // When the run's warnings are made
        var warnings = MixedEnvironments.Warnings(techniques, Current, f => f == Earlier.Fingerprint ? Earlier : null);

        // Then one warning names both sides and what differs
        Assert.Equal(
            $"timings of baseline, one-rule (environment {Earlier.Fingerprint}) and decision-tree (environment {Current.Fingerprint}) were measured in different environments (differs in: CPU, DOTNET_TieredCompilation); compare them with care",
            Assert.Single(warnings));
    }

    [Fact]
    public void Should_not_warn_When_every_technique_was_measured_in_one_environment()
    {
        var techniques = new[] { In("baseline", Earlier), In("one-rule", Earlier), new TechniqueResult { Name = "mlp", TechniqueId = "neural-network", Status = TechniqueStatus.Unavailable } };

        Assert.Empty(MixedEnvironments.Warnings(techniques, Current, _ => null));
    }

    [Fact]
    public void Should_still_warn_When_the_other_environment_is_not_recorded()
    {
        var techniques = new[] { In("baseline", Earlier), In("one-rule", Current) };

        var warning = Assert.Single(MixedEnvironments.Warnings(techniques, Current, _ => null));

        Assert.Contains("(differs in: unknown, one of them is not recorded)", warning, StringComparison.Ordinal);
    }

    private static TechniqueResult In(string name, EnvironmentInfo environment) => new()
    {
        Name = name,
        TechniqueId = name,
        MeasuredIn = new MeasuredIn { RunId = "r0001", At = environment.StartedAt, EnvironmentFingerprint = environment.Fingerprint },
    };
}
