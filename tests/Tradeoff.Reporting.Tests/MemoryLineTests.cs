using Spectre.Console.Testing;
using Tradeoff.Reporting.Console;

namespace Tradeoff.Reporting.Tests;

/// <summary>The run's peak memory and each technique's part of it: a cost the user pays, shown where the run ends and in the reports.</summary>
public sealed class MemoryLineTests
{
    [Fact]
    public void The_console_summary_ends_with_the_peak_and_each_techniques_part()
    {
        // Given the sample run: a 412 MB peak, the tree measured at 48.3 MB above the baseline and logistic regression at 61.7 MB
        var console = new TestConsole().Width(200);

        // When the default view is rendered
        OutcomeView.Render(console, DocumentOutcome.Of(SampleDocument.Create()));

        // Then one line gives the peak and the parts, by technique
        Assert.Contains("peak memory 412 MB; above the run's baseline while each was measured: decision-tree 48.3 MB, logistic-regression 61.7 MB", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_stored_before_memory_was_recorded_shows_no_line()
    {
        // Given a run with neither a peak nor any part
        var document = SampleDocument.Create();
        var run = DocumentOutcome.Of(document).Result;
        var bare = run with
        {
            Environment = run.Environment with { PeakMemoryBytes = null },
            Techniques = [.. run.Techniques.Select(t => t with { Qualities = t.Qualities.Where(q => q.Key != "measurement-memory").ToDictionary() })],
        };

        // Then there is nothing to say, rather than "unknown"
        Assert.Null(Text.MemoryLine.Of(bare));
    }
}
