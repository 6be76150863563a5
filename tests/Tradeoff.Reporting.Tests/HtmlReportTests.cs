using System.Text.RegularExpressions;

namespace Tradeoff.Reporting.Tests;

public sealed class HtmlReportTests
{
    [Fact]
    public void The_page_is_self_contained_and_prints_well()
    {
        var html = Render.Html(SampleDocument.Create());

        // No address other than the SVG namespace: nothing is fetched, so it works offline.
        var addresses = Regex.Matches(html, "(?:https?:)?//[A-Za-z0-9.-]+\\.[a-z]{2,}").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["http://www.w3.org"], addresses);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"sortable\" id=\"quality-table\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_escape_every_text_from_data_When_names_hold_markup()
    {
        // Given a study, target column and protected attribute named <script>alert(1)</script>
        var html = Render.Html(SampleDocument.Create(SampleDocument.Script, SampleDocument.Script, SampleDocument.Script));

        // Then the markup appears only encoded: as entities in HTML and SVG, as \u003C in the script's JSON
        Assert.DoesNotContain(SampleDocument.Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<script"));
    }

    [Fact]
    public void The_script_data_holds_the_survivors_in_the_selection_libraries_quality_order()
    {
        var json = Html.LiveRankingData.Json(SampleDocument.Create());

        Assert.StartsWith("{\"qualities\":[{\"id\":\"accuracy\",\"direction\":\"higher\"},{\"id\":\"latency.p99\",\"direction\":\"lower\"},{\"id\":\"model-size\",\"direction\":\"lower\"}]", json, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"naive-bayes\",\"frontier\":false,\"contender\":false,\"interpretable\":true,\"parameters\":124,\"scaled\":[", json, StringComparison.Ordinal);
        Assert.DoesNotContain("random-forest\",\"frontier", json, StringComparison.Ordinal);

        // Naive Bayes's 73% ± 1.5 points on the accuracy scale from chance (70%) to 100%: 0.1 ± 0.05; its 3 us p99 and
        // 2 KB on the reference logarithmic scales; exact figures have no half-width.
        using var data = System.Text.Json.JsonDocument.Parse(json);
        var naiveBayes = data.RootElement.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "naive-bayes");
        var scaled = naiveBayes.GetProperty("scaled").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var halfWidths = naiveBayes.GetProperty("halfWidths").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal([0.1, 0.788983, 0.956996], scaled.Select(v => Math.Round(v, 6)));
        Assert.Equal([0.05, 0, 0], halfWidths.Select(v => Math.Round(v, 6)));
    }

    [Fact]
    public void Should_state_the_weights_the_ranking_used_When_the_study_names_no_priorities()
    {
        // Given a study that names neither objectives nor weights, ranked as every ad hoc run: by accuracy alone over
        // the frontier of accuracy, latency.p99 and model-size
        var sample = SampleDocument.Create();
        var selection = SampleDocument.SelectWith(new Dictionary<string, double> { ["accuracy"] = 1 });
        var document = sample with
        {
            Study = sample.Study with { Objectives = [], Weights = new Dictionary<string, double>() },
            Weights = selection.Weights,
            Ranking = selection.Ranking,
        };

        // When the HTML and Markdown reports are rendered
        var html = Render.Html(document);
        var markdown = Render.Markdown(document);

        // Then the study section says what the ranking says, in both
        Assert.Contains("weighted sum (accuracy 1)", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Weights</dt><dd>accuracy 1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Objectives</dt><dd>accuracy, latency.p99, model-size</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("equal over the objectives", html, StringComparison.Ordinal);
        Assert.Contains("- **Weights:** accuracy 1\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Objectives:** accuracy, latency.p99, model-size\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_there_is_no_recommendation_When_nothing_survives()
    {
        var sample = SampleDocument.Create();
        var document = sample with { Ranking = [], Recommended = null, Sensitivity = null, Survivors = [] };

        var html = Render.Html(document);

        Assert.Contains("No technique is recommended", html, StringComparison.Ordinal);
        Assert.Contains("No technique survived the constraints", html, StringComparison.Ordinal);
    }
}
