using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>runs, show, compare and report read what run kept in the store.</summary>
public sealed partial class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-store-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    [Fact]
    public void Should_list_show_compare_and_report_stored_runs_When_a_study_ran_twice()
    {
        // Given the weather study run twice into one store, the second time measured afresh
        var study = Paths.Examples("weather/study.yaml");
        Assert.Equal(0, CliHarness.Run("run", study, "--store", Store).ExitCode);
        var second = CliHarness.Run("run", study, "--store", Store, "--fresh");
        Assert.Equal(0, second.ExitCode);

        // When the store is listed, a run shown, the two compared, and the latest re-rendered
        var runs = CliHarness.Run("runs", "--store", Store);
        var show = CliHarness.Run("show", "r1", "--store", Store);
        var compare = CliHarness.Run("compare", "r1", "r2", "--all", "--store", Store);
        var json = Path.Combine(_folder, "again.json");
        var report = CliHarness.Run("report", "latest", "--format", "json", "--out", json, "--store", Store);

        // Then each works from the store alone
        Assert.Equal(0, runs.ExitCode);
        Assert.Contains("r0001", runs.Output, StringComparison.Ordinal);
        Assert.Contains("r0002", runs.Output, StringComparison.Ordinal);
        Assert.Contains("finished", runs.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("decision-tree", show.Output, StringComparison.Ordinal);
        Assert.True(compare.ExitCode == 0, compare.ErrorOutput);
        Assert.Contains("accuracy", compare.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", compare.Output, StringComparison.Ordinal);
        Assert.Matches(@"accuracy\s+│[^│]+│[^│]+│\s+[+-]?[0-9.]+ points? ", compare.Output);
        Assert.True(report.ExitCode == 0, report.ErrorOutput);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("Play outside?", document.RootElement.GetProperty("study").GetProperty("name").GetString());
    }

    [Fact]
    public void Should_reuse_the_measurements_When_an_unchanged_study_runs_again()
    {
        var study = Paths.Examples("weather/study.yaml");
        Assert.Equal(0, CliHarness.Run("run", study, "--store", Store).ExitCode);

        var again = CliHarness.Run("run", study, "--store", Store);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("5 technique(s) taken from the store", again.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_there_is_no_store_When_none_was_written()
    {
        var runs = CliHarness.Run("runs", "--store", Path.Combine(_folder, "none.db"));

        Assert.Equal(2, runs.ExitCode);
        Assert.Contains("no run store here", runs.ErrorOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
