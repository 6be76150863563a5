using Microsoft.Data.Sqlite;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Testing;

namespace Tradeoff.Store.Tests;

/// <summary>Which run measured a technique, when and in which environment, and the environments a run measured in.</summary>
public sealed class ProvenanceTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_load_no_provenance_When_nothing_was_measured()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());

        store.SaveTechnique(run, new TechniqueResult { Name = "mlp", TechniqueId = "neural-network", Status = TechniqueStatus.Unavailable });

        Assert.Null(Assert.Single(store.LoadRun(run)!.Techniques).MeasuredIn);
    }

    [Fact]
    public void Should_keep_every_environment_of_a_run_When_it_was_resumed_with_another_runtime_setting()
    {
        // Given a run started on one machine, resumed twice with tiered compilation off
        var started = TestMachine.Environment();
        var resumed = TestMachine.Environment(("DOTNET_TieredCompilation", "0"));
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run() with { Environment = started });
        store.AddEnvironment(run, resumed);
        store.AddEnvironment(run, resumed with { StartedAt = resumed.StartedAt.AddHours(1) });

        // When it is loaded
        var environments = store.LoadRun(run)!.Environments;

        // Then both environments are there, once each, under their fingerprints
        Assert.Equal(new[] { started.Fingerprint, resumed.Fingerprint }.Order(StringComparer.Ordinal), environments.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0", environments[resumed.Fingerprint].RuntimeSettings["DOTNET_TieredCompilation"]);
        Assert.Equal(resumed.StartedAt, environments[resumed.Fingerprint].StartedAt);
        Assert.Equal(started.Kernel, environments[started.Fingerprint].Kernel);
        Assert.Equal(started.Fingerprint, environments[started.Fingerprint].Fingerprint);
    }

    [Fact]
    public void Should_fail_with_the_run_id_When_adding_an_environment_to_a_run_that_does_not_exist()
    {
        using var store = _temp.Open();

        var error = Assert.Throws<InputException>(() => store.AddEnvironment("r0042", TestMachine.Environment()));

        Assert.Contains("r0042", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_results_without_provenance_When_a_store_written_before_provenance_is_migrated()
    {
        // Given a store at schema version 2 (before provenance) holding one measured technique
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.File)!);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = StoreSchema.Steps[0] + StoreSchema.Steps[1] + $$"""
                PRAGMA user_version = 2;
                INSERT INTO runs (study_name, study_sha256, data_sha256, environment, tool_version, started_at, status)
                VALUES ('Credit scoring', 'abc', '{}', '{{StoreJson.Write(StoreSamples.Run().Environment)}}', '0.1.0', '2026-11-26T09:30:15.0000000+00:00', 'finished');
                INSERT INTO techniques (run_seq, position, name, technique_id, settings, capabilities, status)
                VALUES (1, 1, 'tree', 'decision-tree', '{}', '[]', 'measured');
                """;
            command.ExecuteNonQuery();
        }

        // When it is opened by this Tradeoff
        using var store = _temp.Open();
        var loaded = store.LoadRun("r0001")!;

        // Then the technique is kept, with no provenance (so it is never reused across environments), and new results carry theirs
        Assert.Null(Assert.Single(loaded.Techniques).MeasuredIn);
        Assert.Empty(loaded.Environments);
        store.SaveTechnique("r0001", StoreSamples.Technique("forest"));
        Assert.Equal(StoreSamples.Technique().MeasuredIn, store.LoadRun("r0001")!.Techniques[1].MeasuredIn);
    }
}
