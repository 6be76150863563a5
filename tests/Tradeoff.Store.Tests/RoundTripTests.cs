using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Xunit.Sdk;

namespace Tradeoff.Store.Tests;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_keep_the_run_record_When_a_run_is_loaded()
    {
        // Given a started run
        var record = StoreSamples.Run();
        using var store = _temp.Open();
        var run = store.StartRun(record);

        // When it is loaded
        var loaded = store.LoadRun(run)!;

        // Then the record is the same
        Assert.Equal(run, loaded.Id);
        Assert.Equal(RunStatus.Running, loaded.Status);
        Assert.Null(loaded.FinishedAt);
        Assert.Equal(record.StudyName, loaded.Record.StudyName);
        Assert.Equal(record.StudyText, loaded.Record.StudyText);
        Assert.Equal(record.StudySha256, loaded.Record.StudySha256);
        Assert.Equal(record.DataSha256.OrderBy(p => p.Key), loaded.Record.DataSha256.OrderBy(p => p.Key));
        Assert.Equal(record.StartedAt, loaded.Record.StartedAt);
        Assert.Equal(record.ToolVersion, loaded.Record.ToolVersion);
        var environment = loaded.Record.Environment;
        Assert.Equal(record.Environment.Cpu, environment.Cpu);
        Assert.Equal(record.Environment.MemoryBytes, environment.MemoryBytes);
        Assert.Equal(record.Environment.Libraries["Microsoft.ML"], environment.Libraries["Microsoft.ML"]);
        Assert.Equal(record.Environment.Threading, environment.Threading);
        Assert.Equal(record.Environment.Warnings, environment.Warnings);
        Assert.Equal(record.Environment.StartedAt, environment.StartedAt);
        Assert.Equal(42, environment.Seed);
    }

    [Fact]
    public void Should_replace_the_earlier_result_When_a_technique_is_saved_again()
    {
        // Given an interrupted result of "tree" saved before "forest"
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());
        store.SaveTechnique(run, StoreSamples.Technique("tree") with { Status = TechniqueStatus.Interrupted });
        store.SaveTechnique(run, StoreSamples.Technique("forest"));

        // When "tree" is measured again on resume
        store.SaveTechnique(run, StoreSamples.Technique("tree", variant: 2));

        // Then the new result replaced the old one, in its old place
        var loaded = store.LoadRun(run)!;
        Assert.Equal(["tree", "forest"], loaded.Techniques.Select(t => t.Name));
        ResultAssert.Equal(StoreSamples.Technique("tree", variant: 2), loaded.Techniques[0]);
    }

    [Fact]
    public void Should_keep_a_result_without_qualities_When_a_technique_failed()
    {
        var failed = new TechniqueResult { Name = "mlp", TechniqueId = "neural-network", Status = TechniqueStatus.Failed, Message = "out of memory" };
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());

        store.SaveTechnique(run, failed);

        ResultAssert.Equal(failed, Assert.Single(store.LoadRun(run)!.Techniques));
    }

    [Fact]
    public void The_field_comparison_fails_When_one_detail_differs()
    {
        // Guards the comparer the round-trip tests rely on: it must see a difference deep inside a quality.
        var a = StoreSamples.Technique();
        var latency = a.Qualities["latency.p99"];
        var qualities = a.Qualities.ToDictionary();
        qualities["latency.p99"] = latency with { Details = new Dictionary<string, double> { ["p50"] = 3.5, ["nan"] = double.NaN, ["inf"] = double.NegativeInfinity } };
        var b = a with { Qualities = qualities };

        Assert.ThrowsAny<XunitException>(() => ResultAssert.Equal(a, b));
    }

    [Fact]
    public void Should_fail_with_the_run_id_When_saving_to_a_run_that_does_not_exist()
    {
        using var store = _temp.Open();

        var error = Assert.Throws<Core.InputException>(() => store.SaveTechnique("r0042", StoreSamples.Technique()));

        Assert.Contains("r0042", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_back_NaN_When_a_value_is_not_available()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());
        var result = new TechniqueResult
        {
            Name = "nb",
            TechniqueId = "naive-bayes",
            Qualities = new Dictionary<string, QualityValue> { ["energy.train"] = QualityValue.Unavailable("J", "no RAPL counters") with { Direction = Direction.LowerIsBetter } },
        };

        store.SaveTechnique(run, result);
        var value = store.LoadRun(run)!.Techniques[0].Qualities["energy.train"];

        Assert.True(double.IsNaN(value.Value));
        Assert.False(value.IsAvailable);
        Assert.Equal("no RAPL counters", value.NotAvailable);
    }
}
