namespace Tradeoff.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void Should_write_every_report_When_running_with_a_report_folder_and_rerender_them_from_the_json()
    {
        var folder = Directory.CreateTempSubdirectory("tradeoff-report-");
        try
        {
            // Given the weather study run with --report
            var run = CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--report", folder.FullName, "--store", Path.Combine(folder.FullName, "runs.db"));

            // Then the folder holds the page, the Markdown with its plots, the JSON and the model card
            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            foreach (var file in new[] { "report.html", "report.md", "results.json", "model-card.md", "pareto-model-size-accuracy.svg" })
            {
                Assert.True(File.Exists(Path.Combine(folder.FullName, file)), file + " was not written");
            }

            // When the JSON is rendered again as Markdown without measuring
            var markdown = Path.Combine(folder.FullName, "again", "report.md");
            var report = CliHarness.Run("report", Path.Combine(folder.FullName, "results.json"), "--format", "md", "--out", markdown);

            // Then it is the same report
            Assert.True(report.ExitCode == 0, report.ErrorOutput);
            Assert.Equal(File.ReadAllText(Path.Combine(folder.FullName, "report.md")), File.ReadAllText(markdown));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Should_fail_with_one_line_When_the_results_file_is_not_json()
    {
        var file = Path.Combine(Path.GetTempPath(), "tradeoff-not-results-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "name: not json\n");
        try
        {
            var report = CliHarness.Run("report", file, "--format", "html", "--out", file + ".html");

            Assert.Equal(TradeoffApp.InputError, report.ExitCode);
            Assert.Contains(file + ":1:", report.ErrorOutput, StringComparison.Ordinal);
            Assert.False(File.Exists(file + ".html"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Should_reject_an_unknown_format_with_a_hint()
    {
        var report = CliHarness.Run("report", "results.json", "--format", "htm");

        Assert.Equal(TradeoffApp.InputError, report.ExitCode);
        Assert.Contains("did you mean 'html'?", report.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains("use html, md, json, model-card", report.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_what_the_results_hold_for_a_technique()
    {
        var folder = Directory.CreateTempSubdirectory("tradeoff-explain-");
        try
        {
            var json = Path.Combine(folder.FullName, "results.json");
            var run = CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--json", json, "--store", Path.Combine(folder.FullName, "runs.db"));
            Assert.True(run.ExitCode == 0, run.ErrorOutput);

            var explain = CliHarness.Run("explain", json, "decision-tree");

            Assert.True(explain.ExitCode == 0, explain.ErrorOutput);
            Assert.Contains("decision-tree (decision-tree) in Play outside?", explain.Output, StringComparison.Ordinal);
            Assert.Contains("accuracy", explain.Output, StringComparison.Ordinal);
            Assert.Contains("selection:", explain.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
