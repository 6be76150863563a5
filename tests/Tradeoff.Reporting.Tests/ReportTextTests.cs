using System.Text.RegularExpressions;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Tests;

/// <summary>The wording of the Markdown report, the model card and the page that issue 18 found unreadable.</summary>
public sealed partial class ReportTextTests
{
    [Fact]
    public void The_Markdown_splits_the_qualities_into_tables_by_group_of_at_most_six_qualities()
    {
        var markdown = Render.Markdown(CrowdedDocument.Create());
        var qualities = markdown[markdown.IndexOf("## Qualities", StringComparison.Ordinal)..markdown.IndexOf("## Elimination", StringComparison.Ordinal)];

        var headers = qualities.Split('\n').Where(l => l.StartsWith("| technique |", StringComparison.Ordinal)).ToList();

        Assert.True(headers.Count >= 3, qualities);
        Assert.All(headers, h => Assert.True(h.Count(c => c == '|') - 1 <= 7, h));
        Assert.Contains("### cross-validation, train-time, latency", qualities, StringComparison.Ordinal);
        Assert.Contains("### model-size, robustness, fairness\n", qualities, StringComparison.Ordinal);
        var ids = CrowdedDocument.Create().Techniques.SelectMany(t => t.Qualities.Keys).Distinct();
        Assert.All(ids, id => Assert.Single(headers, h => h.Contains("| " + id + " ", StringComparison.Ordinal)));
        Assert.Contains("### data-needs\n", qualities, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_card_says_when_the_tool_version_was_not_recorded_and_gives_a_reason_once()
    {
        var sample = SampleDocument.Create();
        var recommended = sample.Recommended!.Candidate;
        var document = sample with
        {
            Environment = sample.Environment with { ToolVersion = null, Libraries = new Dictionary<string, string>() },
            Techniques = sample.Techniques.Select(t => t.Name != recommended ? t : t with
            {
                Qualities = new Dictionary<string, QualityValue>(t.Qualities)
                {
                    ["energy.train"] = QualityValue.Unavailable("J", "not available"),
                    ["incremental.update-time"] = QualityValue.Unavailable("s", "not supported: it cannot learn incrementally"),
                    ["privacy.membership-auc"] = QualityValue.Unavailable("auc", "too few rows"),
                },
            }).ToList(),
        };

        var card = Render.ModelCard(document);

        Assert.Contains("Trained by Tradeoff (its version was not recorded in this run) on 2026-01-02", card, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", card, StringComparison.Ordinal);
        Assert.DoesNotContain("not available: not available", card, StringComparison.Ordinal);
        Assert.Contains("| energy.train | not available |", card, StringComparison.Ordinal);
        Assert.Contains("| incremental.update-time | not supported: it cannot learn incrementally |", card, StringComparison.Ordinal);
        Assert.Contains("| privacy.membership-auc | not available: too few rows |", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_the_syntax_of_its_weights_address_with_the_study_s_weights()
    {
        var html = Render.Html(SampleDocument.Create());

        var note = WeightsAddress().Match(html);

        Assert.True(note.Success);
        Assert.Contains("<code>report.html#weights=accuracy:0.6,latency.p99:0.3,model-size:0.1</code>", note.Value, StringComparison.Ordinal);
        Assert.Contains("A quality not listed gets weight 0", note.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p [^>]*id=\"weights-address\">.*?</p>")]
    private static partial Regex WeightsAddress();
}
