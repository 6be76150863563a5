using System.Text.RegularExpressions;
using Tradeoff.Reporting.Formats;

namespace Tradeoff.Reporting.Tests;

/// <summary>The HTML report of a tuned run: its Tuning section, its escaping, and the page in headless Chromium.</summary>
public sealed partial class TuningHtmlTests
{
    [Fact]
    public void The_page_has_a_tuning_section_with_the_plot_and_every_trial_marked()
    {
        var html = Render.Html(TunedDocument.Create());

        Assert.Contains("<a href=\"#tuning\">Tuning</a>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"tuning\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"plot-tuning-accuracy-model-size\">", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Chosen ★</dt><dd>trial 5: max-depth=5, min-rows-per-leaf=22, criterion=gini</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Outer folds chose</dt>", html, StringComparison.Ordinal);
        Assert.Equal(9, TrialRow().Count(html));
        Assert.Contains("<tr class=\"frontier chosen\"><td class=\"num\" data-sort=\"5\">5 <span class=\"badge chosen\">★ chosen</span> <span class=\"badge frontier\">◆ frontier</span></td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"eliminated\"><td class=\"num\" data-sort=\"6\">6</td>", html, StringComparison.Ordinal);
        Assert.Contains("failed: the fit ran out of memory", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"tuning\"", StringComparison.Ordinal) < html.IndexOf("id=\"elimination\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_escape_a_setting_value_When_it_holds_markup()
    {
        // Given a tuned tree whose chosen criterion is the value <b>
        var document = TunedDocument.Create("<b>");

        // When every report is rendered
        var html = Render.Html(document);
        var markdown = Render.Markdown(document);
        var plot = Assert.Single(Plots.ReportPlots.Tuning(document));

        // Then the value appears only as text
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("criterion=&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.Contains("criterion=&lt;b&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tuned_document_is_valid_against_the_schema()
    {
        var json = Render.Json(TunedDocument.Create());

        Assert.Contains("\"tuning\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"frontierObjectives\": [", json, StringComparison.Ordinal);
        SchemaTests.AssertValid(json);
    }

    [Fact]
    public void The_tuned_page_loads_in_Chromium_without_console_errors_and_shows_the_tuning_plot()
    {
        var page = ReportWriter.Write(ReportFormats.Html, TunedDocument.Create("<b>"), Path.Combine(Paths.Artifacts("browser-tuning"), "report.html"))[0];

        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri, "--dump-dom");

        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Contains("data-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.Matches("<figure id=\"plot-tuning-accuracy-model-size\">\\s*<svg", dom);
        Assert.Contains("criterion=&lt;b&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", dom, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr[^>]*><td class=\"num\" data-sort=\"\\d+\">")]
    private static partial Regex TrialRow();
}
