using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;
using Tradeoff.Cli.Commands;

namespace Tradeoff.Cli.Tests;

/// <summary>The default console view fits the terminal; --quiet prints the decision alone; a plain log never stays silent long.</summary>
public sealed class ConsoleViewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-console-").FullName;

    [Fact]
    public void Should_fit_the_credit_scoring_decision_in_80_and_120_columns_without_wrapped_cells_or_cut_headers()
    {
        // Given credit scoring measured once (quick), then run again at each width (taken from the store)
        var store = Path.Combine(_folder, "credit.db");
        var first = CliHarness.RunIn(120, _folder, null, "run", Paths.Examples("credit-scoring/study.yaml"), "--quick", "--store", store);
        Assert.True(first.ExitCode == 0, first.ErrorOutput);
        foreach (var width in new[] { 80, 120 })
        {
            var run = width == 120 ? first : CliHarness.RunIn(width, _folder, null, "run", Paths.Examples("credit-scoring/study.yaml"), "--quick", "--store", store);

            // Then the view is at most 60 lines, none wider than the console, no header cut, and the decision is there
            var lines = run.Output.TrimEnd('\n').Split('\n');
            Assert.True(lines.Length <= 60, $"{lines.Length} lines at {width} columns:\n{run.Output}");
            Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} > {width}: {line}"));
            Assert.DoesNotContain("…", run.Output, StringComparison.Ordinal);
            var header = Assert.Single(lines, l => l.Contains("technique", StringComparison.Ordinal) && l.Contains("utility", StringComparison.Ordinal));
            Assert.Contains("# ", header, StringComparison.Ordinal);
            Assert.Contains("Recommended:", run.Output, StringComparison.Ordinal);
            Assert.Contains("Sensitivity:", run.Output, StringComparison.Ordinal);
            Assert.Contains("✗ random-forest: not trained: not interpretable", run.Output, StringComparison.Ordinal);
            // Every table row is one technique: the technique column holds whole names, never a name split over lines.
            Assert.Contains("logistic-regression", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_say_which_columns_it_left_out_When_the_console_is_narrow()
    {
        var store = Path.Combine(_folder, "weather.db");

        var run = CliHarness.RunIn(60, _folder, null, "run", Paths.Examples("weather/study.yaml"), "--store", store);

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.Contains("left out to fit 60 columns:", run.Output, StringComparison.Ordinal);
        Assert.All(run.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 60, line));
    }

    [Fact]
    public void Should_print_only_the_decision_When_quiet()
    {
        var run = CliHarness.RunIn(120, _folder, null, "run", Paths.Examples("weather/study.yaml"), "--quiet", "--store", Path.Combine(_folder, "quiet.db"));

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.StartsWith("Recommended: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("│", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.ErrorOutput);
    }

    [Fact]
    public void Should_print_every_table_When_details_are_asked_for()
    {
        var run = CliHarness.RunIn(250, _folder, null, "run", Paths.Examples("weather/study.yaml"), "--details", "--store", Path.Combine(_folder, "details.db"));

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.Contains("Predictive quality", run.Output, StringComparison.Ordinal);
        Assert.Contains("Pareto frontier", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_a_heartbeat_at_least_every_10_seconds_When_a_step_runs_long_in_a_plain_log()
    {
        // Given a plain log and a step that runs 25 s on a fake clock
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var console = new TestConsole().Width(200);
        using var observer = new ConsoleRunObserver(console, clock);
        observer.TechniqueStarted("random-forest", 1);
        observer.Started("random-forest", "latency");

        // When 25 seconds pass, one at a time
        for (var second = 0; second < 25; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Then the log says twice what is still being measured, and never waited more than 10 s
        var beats = console.Output.Split('\n').Where(l => l.Contains("still measuring random-forest: latency", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, beats.Count);
        Assert.Contains("for 10 s", beats[0], StringComparison.Ordinal);
        Assert.Contains("for 20 s", beats[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stay_silent_When_quiet_however_long_a_step_runs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var console = new TestConsole().Width(200);
        using var observer = new ConsoleRunObserver(console, clock, quiet: true);
        observer.TechniqueStarted("random-forest", 1);

        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(string.Empty, console.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
