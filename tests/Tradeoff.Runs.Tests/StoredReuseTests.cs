using Tradeoff.Core.Results;
using Tradeoff.Store;
using Tradeoff.Testing;

namespace Tradeoff.Runs.Tests;

/// <summary>A repeated run takes a stored measurement only when it was measured in an environment with the current fingerprint.</summary>
public sealed class StoredReuseTests
{
    private static readonly EnvironmentInfo Then = TestMachine.Environment(("DOTNET_TieredCompilation", "0"));
    private static readonly EnvironmentInfo Now = TestMachine.Environment();

    [Fact]
    public void Should_take_every_measured_technique_When_the_fingerprint_is_the_same()
    {
        var previous = Stored(Then, Measured("tree", Then), Measured("forest", Then), Failed("mlp"));

        var reuse = StoredReuse.Matching(previous, Then with { StartedAt = Then.StartedAt.AddDays(1) });

        Assert.Equal(["forest", "tree"], reuse.Techniques.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("r0001", reuse.Techniques["tree"].MeasuredIn!.RunId);
        Assert.Null(reuse.Refusal);
    }

    [Fact]
    public void Should_take_nothing_and_say_what_differs_When_a_runtime_setting_changed()
    {
        var previous = Stored(Then, Measured("tree", Then), Measured("forest", Then));

        var reuse = StoredReuse.Matching(previous, Now);

        Assert.Empty(reuse.Techniques);
        Assert.Equal("not reused: the stored run r0001 was measured with DOTNET_TieredCompilation=0 (now unset); measuring again", reuse.Refusal);
    }

    [Fact]
    public void Should_take_the_techniques_measured_here_and_name_the_others_When_the_stored_run_was_resumed_elsewhere()
    {
        var elsewhere = Now with { Cpu = "Other CPU" };
        var previous = Stored(Now, Measured("tree", Now), Measured("forest", elsewhere)) with
        {
            Environments = new Dictionary<string, EnvironmentInfo> { [Now.Fingerprint] = Now, [elsewhere.Fingerprint] = elsewhere },
        };

        var reuse = StoredReuse.Matching(previous, Now);

        Assert.Equal(["tree"], reuse.Techniques.Keys);
        Assert.Equal("not reused: forest of the stored run r0001 was measured with CPU=Other CPU (now Test CPU @ 2.0GHz); measuring again", reuse.Refusal);
    }

    [Fact]
    public void Should_take_nothing_When_the_stored_results_have_no_provenance()
    {
        var previous = Stored(Now, Measured("tree", Now) with { MeasuredIn = null });

        var reuse = StoredReuse.Matching(previous, Now);

        Assert.Empty(reuse.Techniques);
        Assert.Equal("not reused: the stored run r0001 was measured without a record of its environment (by an earlier Tradeoff); measuring again", reuse.Refusal);
    }

    [Fact]
    public void Should_take_every_measured_technique_whatever_its_environment_When_a_run_is_resumed()
    {
        var previous = Stored(Then, Measured("tree", Then), Failed("mlp"));

        var reuse = StoredReuse.All(previous);

        Assert.Equal(["tree"], reuse.Techniques.Keys);
        Assert.Null(reuse.Refusal);
    }

    private static StoredRun Stored(EnvironmentInfo environment, params TechniqueResult[] techniques) => new()
    {
        Id = "r0001",
        Record = new RunRecord { StudyName = "weather", StudySha256 = "abc", Environment = environment, ToolVersion = "0.1.0+test" },
        Status = RunStatus.Finished,
        Environments = new Dictionary<string, EnvironmentInfo> { [environment.Fingerprint] = environment },
        Techniques = techniques,
    };

    private static TechniqueResult Measured(string name, EnvironmentInfo environment) => new()
    {
        Name = name,
        TechniqueId = "decision-tree",
        MeasuredIn = new MeasuredIn { RunId = "r0001", At = environment.StartedAt.AddSeconds(1), EnvironmentFingerprint = environment.Fingerprint },
    };

    private static TechniqueResult Failed(string name) => new() { Name = name, TechniqueId = "neural-network", Status = TechniqueStatus.Failed };
}
