using Spectre.Console.Testing;
using Tradeoff.Reporting.Console;

namespace Tradeoff.Reporting.Tests;

/// <summary>The console's default view: a leaderboard that fits the console, in the order it prints, and the decision in a few lines.</summary>
public sealed class LeaderboardTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_default_view_fits_the_console_without_wrapped_cells_or_cut_headers(int width)
    {
        // Given the sample run with its selection, and a console of the given width
        var outcome = DocumentOutcome.Of(SampleDocument.Create());
        var console = new TestConsole().Width(width);

        // When the default view is rendered
        OutcomeView.Render(console, outcome);

        // Then it is short, no line is wider than the console, no header is cut, and every row is one line
        var lines = console.Output.TrimEnd('\n').Split('\n');
        Assert.InRange(lines.Length, 10, 60);
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"{line.TrimEnd().Length} > {width}: {line}"));
        Assert.DoesNotContain("…", console.Output, StringComparison.Ordinal);
        var rows = lines.Where(l => l.StartsWith("│", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + outcome.Selection!.Ranking.Count + outcome.Selection.Eliminated.Count(e => e.Stage == Selection.EliminationStage.AfterMeasuring), rows.Count);
        Assert.Contains("Recommended: " + outcome.Selection.Recommended!.Candidate, console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_follow_the_rank_they_print_and_the_frontier_mark_is_explained()
    {
        var outcome = DocumentOutcome.Of(SampleDocument.Create());
        var console = new TestConsole().Width(200);

        OutcomeView.Render(console, outcome);

        var output = console.Output;
        var ranking = outcome.Selection!.Ranking;
        var positions = ranking.Select(r => output.IndexOf("│ " + r.Candidate + " ", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Contains("# rank: the frontier first (◆: none better on", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_detail_tables_continue_in_a_second_table_rather_than_wrap_When_a_group_is_too_wide()
    {
        // Given the sample run, whose cost group is wider than 80 columns
        var console = new TestConsole().Width(80);

        // When every table is asked for
        OutcomeView.Render(console, DocumentOutcome.Of(SampleDocument.Create()), details: true);

        // Then each table fits: continued in another one, no header cut, every quality still shown
        Assert.Contains("(continued)", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("…", console.Output, StringComparison.Ordinal);
        var tableLines = console.Output.Split('\n').Where(l => l.StartsWith('│') || l.StartsWith('╭'));
        Assert.All(tableLines, line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.Contains("model-size ↓", console.Output, StringComparison.Ordinal);
        Assert.Contains("train-time ↓", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrow_console_leaves_out_the_least_important_columns_and_names_them()
    {
        var console = new TestConsole().Width(50);

        OutcomeView.Render(console, DocumentOutcome.Of(SampleDocument.Create()));

        Assert.Contains("left out to fit 50 columns:", console.Output, StringComparison.Ordinal);
        Assert.Contains("utility", console.Output, StringComparison.Ordinal);
    }
}
