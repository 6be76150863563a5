using System.Text.Json;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>run keeps a study in a PostgreSQL store, and runs, show, compare and report read it back from there (<see cref="TestPostgres"/>).</summary>
public sealed class PostgresStoreCommandsTests(TestPostgres database) : IClassFixture<TestPostgres>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-pg-").FullName;

    [Fact]
    public void Should_list_show_compare_and_report_stored_runs_When_a_study_ran_twice_into_postgres()
    {
        // Given the weather study run into the database, then again, reusing what the first run measured
        var study = Paths.Examples("weather/study.yaml");
        var first = CliHarness.Run("run", study, "--store", database.Location);
        Assert.True(first.ExitCode == 0, first.ErrorOutput);
        var second = CliHarness.Run("run", study, "--store", database.Location);
        Assert.True(second.ExitCode == 0, second.ErrorOutput);

        // When the store is listed, a run shown, the two compared, and the latest re-rendered
        var runs = CliHarness.Run("runs", "--store", database.Location);
        var show = CliHarness.Run("show", "r1", "--store", database.Location);
        var compare = CliHarness.Run("compare", "r1", "r2", "--store", database.Location);
        var json = Path.Combine(_folder, "again.json");
        var report = CliHarness.Run("report", "latest", "--format", "json", "--out", json, "--store", database.Location);

        // Then the second run took every technique from the store, and each command works from the database alone
        Assert.Contains("5 technique(s) taken from the store", second.ErrorOutput, StringComparison.Ordinal);
        Assert.True(runs.ExitCode == 0, runs.ErrorOutput);
        Assert.Matches(@"r0001\s.*finished", runs.Output);
        Assert.Matches(@"r0002\s.*finished", runs.Output);
        Assert.True(show.ExitCode == 0, show.ErrorOutput);
        Assert.Contains("decision-tree", show.Output, StringComparison.Ordinal);
        Assert.True(compare.ExitCode == 0, compare.ErrorOutput);
        Assert.Contains("accuracy", compare.Output, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.ErrorOutput);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("Play outside?", document.RootElement.GetProperty("study").GetProperty("name").GetString());
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
}
