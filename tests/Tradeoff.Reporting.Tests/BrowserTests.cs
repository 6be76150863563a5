using System.Text.RegularExpressions;
using Tradeoff.Reporting.Formats;

namespace Tradeoff.Reporting.Tests;

/// <summary>The HTML report opened in headless Chromium: it loads cleanly, has its plots, and re-ranks when the weights change.</summary>
public sealed partial class BrowserTests
{
    [Fact]
    public void The_page_loads_without_console_errors_and_ranks_as_the_selection_library_does()
    {
        // Given the report of the sample run written to a file
        var document = SampleDocument.Create();
        var folder = Paths.Artifacts("browser");
        var page = ReportWriter.Write(ReportFormats.Html, document, Path.Combine(folder, "report.html"))[0];

        // When Chromium loads it and dumps the DOM after the script ran
        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri, "--dump-dom");

        // Then nothing reached the console, the script ran, the plots are there and its ranking is the library's
        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Contains("data-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.Equal(document.Recommended!.Candidate, Attribute(dom, "data-recommended"));
        Assert.Equal(string.Join(",", document.Ranking!.Select(r => r.Candidate)), Attribute(dom, "data-ranking"));
        Assert.Equal(string.Join(",", document.Ranking!.Where(r => r.TiedAtTop).Select(r => r.Candidate)), Attribute(dom, "data-tied"));
        Assert.Equal("logistic-regression,decision-tree", Attribute(dom, "data-tied"));
        Assert.True(SvgElement().Count(dom) >= 8, "expected the Pareto scatters and the measurement plots as inline SVG");
    }

    [Fact]
    public void Should_recommend_another_technique_When_the_weights_in_the_address_put_everything_on_latency()
    {
        // Given the report of the sample run, where logistic-regression wins under the study's weights
        var document = SampleDocument.Create();
        Assert.Equal("logistic-regression", document.Recommended!.Candidate);
        var page = ReportWriter.Write(ReportFormats.Html, document, Path.Combine(Paths.Artifacts("browser-weights"), "report.html"))[0];

        // When the page is opened with all weight on latency.p99
        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri + "#weights=accuracy:0,latency.p99:1", "--dump-dom");

        // Then the faster decision tree ranks first, and the page says the recommendation changed
        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Equal("decision-tree", Attribute(dom, "data-recommended"));
        Assert.Contains("With these weights: decision-tree", dom, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accuracy:1,latency.p99:0,model-size:0")]
    [InlineData("accuracy:0.6,latency.p99:0.3,model-size:0.1")]
    [InlineData("accuracy:0.2,latency.p99:0.1,model-size:0.7")]
    [InlineData("accuracy:0,latency.p99:1,model-size:0")]
    public void The_page_breaks_a_tie_within_the_noise_as_the_selection_library_does(string weights)
    {
        // Given the report of the sample run, and the library's selection under the same weights
        var page = ReportWriter.Write(ReportFormats.Html, SampleDocument.Create(), Path.Combine(Paths.Artifacts("browser-ties"), "report.html"))[0];
        var expected = SampleDocument.SelectWith(weights.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)));

        // When the page is opened with those weights in the address
        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri + "#weights=" + weights, "--dump-dom");

        // Then it ranks, ties and recommends as the library does
        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Equal(string.Join(",", expected.Ranking.Select(r => r.Candidate)), Attribute(dom, "data-ranking"));
        Assert.Equal(string.Join(",", expected.Ranking.Where(r => r.TiedAtTop).Select(r => r.Candidate)), Attribute(dom, "data-tied"));
        Assert.Equal(expected.Recommended!.Candidate, Attribute(dom, "data-recommended"));
    }

    [Fact]
    public void The_page_compares_fold_scores_of_the_same_splits_paired_as_the_selection_library_does()
    {
        // Given the sample run with its accuracies as fold scores of the same splits: logistic regression's lead over the
        // tree is a point on every fold, so paired it is beyond the noise although their intervals overlap
        var document = SampleDocument.Create(pairedFolds: true);
        Assert.DoesNotContain(document.Ranking!, r => r.TiedAtTop);
        var page = ReportWriter.Write(ReportFormats.Html, document, Path.Combine(Paths.Artifacts("browser-paired"), "report.html"))[0];

        // When the page is opened, under the study's weights and under weights that bring the two within the noise
        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri, "--dump-dom");
        const string close = "accuracy:0.4,latency.p99:0.3,model-size:0.3";
        var expected = SampleDocument.SelectWith(close.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)), pairedFolds: true);
        var (closeDom, closeLog) = Chromium.Run(new Uri(page).AbsoluteUri + "#weights=" + close, "--dump-dom");

        // Then it ranks and ties as the library does, paired
        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Empty(Chromium.ConsoleLines(closeLog));
        Assert.Equal(string.Join(",", document.Ranking!.Select(r => r.Candidate)), Attribute(dom, "data-ranking"));
        Assert.Equal(string.Empty, Attribute(dom, "data-tied"));
        Assert.Equal(string.Join(",", expected.Ranking.Select(r => r.Candidate)), Attribute(closeDom, "data-ranking"));
        Assert.Equal(string.Join(",", expected.Ranking.Where(r => r.TiedAtTop).Select(r => r.Candidate)), Attribute(closeDom, "data-tied"));
        Assert.Equal(expected.Recommended!.Candidate, Attribute(closeDom, "data-recommended"));
    }

    [Fact]
    public void A_screenshot_of_the_page_is_kept_as_a_test_artifact()
    {
        var folder = Paths.Artifacts("screenshot");
        var page = ReportWriter.Write(ReportFormats.Html, SampleDocument.Create(), Path.Combine(folder, "report.html"))[0];
        var screenshot = Path.Combine(folder, "report.png");
        File.Delete(screenshot);

        Chromium.Run(new Uri(page).AbsoluteUri, "--screenshot=" + screenshot, "--window-size=1300,5200", "--hide-scrollbars");

        Assert.True(File.Exists(screenshot), "no screenshot at " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot is nearly empty");
    }

    [Fact]
    public void Data_named_like_a_script_shows_as_text_and_never_runs()
    {
        // Given a study, a target column and a protected attribute all named <script>alert(1)</script>
        var document = SampleDocument.Create(SampleDocument.Script, SampleDocument.Script, SampleDocument.Script);
        var page = ReportWriter.Write(ReportFormats.Html, document, Path.Combine(Paths.Artifacts("browser-escaping"), "report.html"))[0];

        // When Chromium loads the page
        var (dom, log) = Chromium.Run(new Uri(page).AbsoluteUri, "--dump-dom");

        // Then the page has only its own two scripts, shows the name as text, and its script still ran
        Assert.Empty(Chromium.ConsoleLines(log));
        Assert.Equal(2, ScriptElement().Count(dom));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.Contains("data-ready=\"1\"", dom, StringComparison.Ordinal);
    }

    private static string Attribute(string dom, string name)
    {
        var match = Regex.Match(dom, "<body[^>]*\\s" + name + "=\"([^\"]*)\"");
        Assert.True(match.Success, $"<body> has no {name}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<svg[\\s>]")]
    private static partial Regex SvgElement();

    [GeneratedRegex("<script[\\s>]")]
    private static partial Regex ScriptElement();
}
