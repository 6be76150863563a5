using System.Text.Json;
using Tradeoff.Core.Results;
using Tradeoff.Store;
using Tradeoff.Store.Postgres;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>run keeps a study in a PostgreSQL store, and runs, show, compare and report read it back from there (<see cref="TestPostgres"/>).</summary>
public sealed class PostgresStoreCommandsTests : IClassFixture<TestPostgres>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-pg-").FullName;
    private readonly TestPostgres _database;

    public PostgresStoreCommandsTests(TestPostgres database)
    {
        // Each test starts on an empty database, its runs numbered from r0001.
        _database = database;
        _database.Reset();
    }

    [Fact]
    public void Should_list_show_compare_and_report_stored_runs_When_a_study_ran_twice_into_postgres()
    {
        // Given the weather study run into the database, then again, reusing what the first run measured
        var study = Paths.Examples("weather/study.yaml");
        var first = CliHarness.Run("run", study, "--store", _database.Location);
        Assert.True(first.ExitCode == 0, first.ErrorOutput);
        var second = CliHarness.Run("run", study, "--store", _database.Location);
        Assert.True(second.ExitCode == 0, second.ErrorOutput);

        // When the store is listed, a run shown, the two compared, and the latest re-rendered
        var runs = CliHarness.Run("runs", "--store", _database.Location);
        var show = CliHarness.Run("show", "r1", "--store", _database.Location);
        var compare = CliHarness.Run("compare", "r1", "r2", "--store", _database.Location);
        var compareAll = CliHarness.Run("compare", "r1", "r2", "--all", "--store", _database.Location);
        var json = Path.Combine(_folder, "again.json");
        var report = CliHarness.Run("report", "latest", "--format", "json", "--out", json, "--store", _database.Location);

        // Then the second run took every technique from the store, and each command works from the database alone
        Assert.Contains("5 technique(s) taken from the store", second.ErrorOutput, StringComparison.Ordinal);
        Assert.True(runs.ExitCode == 0, runs.ErrorOutput);
        Assert.Matches(@"r0001\s.*finished", runs.Output);
        Assert.Matches(@"r0002\s.*finished", runs.Output);
        Assert.True(show.ExitCode == 0, show.ErrorOutput);
        Assert.Contains("decision-tree", show.Output, StringComparison.Ordinal);
        Assert.True(compare.ExitCode == 0, compare.ErrorOutput);
        Assert.Contains("no quality changed", compare.Output, StringComparison.Ordinal);
        Assert.True(compareAll.ExitCode == 0, compareAll.ErrorOutput);
        Assert.Contains("accuracy", compareAll.Output, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.ErrorOutput);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("Play outside?", document.RootElement.GetProperty("study").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_measure_only_what_is_missing_When_a_run_killed_mid_way_is_resumed_from_postgres()
    {
        const string techniques = "baseline,one-rule,naive-bayes,random-forest";
        string[] run = ["run", "--data", Paths.Examples("credit-scoring/credit-g.arff"), "--techniques", techniques, "--quick", "--store", _database.Location];

        // Given a run killed (SIGKILL) once the log names its third technique (done, or still measured after the heartbeat's
        // interval), so at least two are finished and kept in the database; the forest last, the slowest of the four, so
        // the kill lands while it is measured (with the decision tree last the run once finished before the kill came)
        await ChildRun.UntilAsync(run, line => line.Contains("[3/4]", StringComparison.Ordinal), p => p.Kill(entireProcessTree: true));
        var killed = Latest();
        Assert.Equal(RunStatus.Interrupted, killed.Status);
        var finished = killed.Techniques.Where(t => t.Status == TechniqueStatus.Measured).ToList();
        Assert.True(finished.Count >= 2, $"expected at least 2 finished techniques before the kill, found {finished.Count}");

        // When it is resumed
        var (exitCode, error) = await ChildRun.ToEndAsync([.. run, "--resume"]);

        // Then the same run ends finished, the techniques finished before the kill taken from the database as they were
        Assert.True(exitCode == 0, error);
        var resumed = Latest();
        Assert.Equal((killed.Id, RunStatus.Finished), (resumed.Id, resumed.Status));
        Assert.Equal(techniques.Split(','), resumed.Techniques.Select(t => t.Name));
        foreach (var before in finished)
        {
            Assert.Equal(before.Qualities["train-time"].Samples, resumed.Techniques.Single(t => t.Name == before.Name).Qualities["train-time"].Samples);
        }

        Assert.Contains($"{finished.Count} technique(s) taken from the store", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_password_in_the_location_with_one_line_saying_where_to_give_it()
    {
        var runs = CliHarness.Run("runs", "--store", "postgres://alice:secret@db.example/tradeoff");

        Assert.Equal(2, runs.ExitCode);
        Assert.Contains("PGPASSWORD", runs.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains("pgpass", runs.ErrorOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", runs.ErrorOutput, StringComparison.Ordinal);
        Assert.Single(runs.ErrorOutput.Trim().Split('\n'));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private StoredRun Latest()
    {
        using var store = PostgresRunStore.Open(_database.Location);
        return store.LoadRun(store.ResolveRunId("latest"))!;
    }
}
