using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Markdown;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Html;

/// <summary>The frontier with its scatters, and the ranking with live weights, sensitivity and what-if.</summary>
public static partial class HtmlReport
{
    private static void WriteFrontier(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("<section id=\"frontier\">");
        writer.WriteLine("<h2>Pareto frontier</h2>");
        if (document.Frontier is not { } frontier || frontier.Objectives.Count == 0)
        {
            writer.WriteLine("<p>The study names no objectives, so there is no frontier.</p>");
            writer.WriteLine("</section>");
            return;
        }

        writer.WriteLine($"<p>Over {E(string.Join(", ", frontier.Objectives.Select(o => o + Arrow(o))))}: <strong>{E(string.Join(", ", frontier.Members))}</strong>. A technique is dominated when another is better beyond the noise on one objective and worse beyond it on none; a difference within the noise (the 95% interval of the difference includes 0) is a tie.</p>");
        if (frontier.DominatedBy.Count > 0)
        {
            writer.WriteLine("<table><thead><tr><th>dominated technique</th><th>dominated by</th></tr></thead><tbody>");
            foreach (var (dominated, by) in frontier.DominatedBy)
            {
                writer.WriteLine($"<tr><td>{E(dominated)}</td><td>{E(by)}</td></tr>");
            }

            writer.WriteLine("</tbody></table>");
        }

        foreach (var (candidate, missing) in frontier.Incomplete)
        {
            writer.WriteLine($"<p class=\"note\">{E(candidate)} lacks {E(string.Join(", ", missing))} (counted as worst there).</p>");
        }

        foreach (var tie in frontier.Ties ?? [])
        {
            writer.WriteLine($"<p class=\"note tie\">{E(tie.Text)}.</p>");
        }

        var plots = ReportPlots.Pareto(document);
        if (plots.Count == 0)
        {
            writer.WriteLine("<p class=\"note\">A Pareto scatter needs two objectives; the study has one.</p>");
        }

        WriteFigures(writer, plots);
        writer.WriteLine("</section>");
    }

    /// <summary>The study's own weights written as the page's address fragment (the objectives, equally, when it gives none).</summary>
    private static string AddressExample(ResultsDocument document)
    {
        var weights = document.Weights is { Count: > 0 } given ? given : ReportPlots.Objectives(document).ToDictionary(q => q, _ => 1.0, StringComparer.Ordinal);
        return "report.html#weights=" + string.Join(",", weights.Select(w => w.Key + ":" + w.Value.ToString("0.###", Invariant)));
    }

    private static void WriteRanking(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("<section id=\"ranking\">");
        writer.WriteLine("<h2>Ranking and weights</h2>");
        var ranking = document.Ranking ?? [];
        if (ranking.Count == 0)
        {
            writer.WriteLine("<p>Nothing was ranked.</p>");
            WriteWhatIf(document, writer);
            writer.WriteLine("</section>");
            return;
        }

        var lexicographic = ranking[0].Utility is null;
        writer.WriteLine(lexicographic
            ? "<p>The study ranks by lexicographic priorities. Set weights below to rank by utility instead.</p>"
            : $"<p>{E(MarkdownReport.UtilityRule(document.Weights ?? new Dictionary<string, double>()))}</p>");
        if (document.Scales is { Count: > 0 } scales)
        {
            writer.WriteLine("<p class=\"note\">Scales, fixed before measuring (0 the worst, 1 the best):</p><ul class=\"scales\">");
            foreach (var scale in scales)
            {
                writer.WriteLine($"<li>{E(scale.Text)}</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("<h3 class=\"no-print\">Try other weights</h3>");
        writer.WriteLine("<p class=\"note no-print\">Move a slider: the ranking and the recommendation update at once. Shares are the weights normalized to sum 1.</p>");
        writer.WriteLine($"<p class=\"note no-print\" id=\"weights-address\">The address keeps the weights, so a view can be shared or bookmarked: it ends in <code>#weights=</code> and one <code>quality:weight</code> pair per ranked quality, separated by commas, for example <code>{E(AddressExample(document))}</code>. A quality not listed gets weight 0; the weights need not sum to 1.</p>");
        writer.WriteLine("<div class=\"weights no-print\" id=\"weights-panel\"></div>");
        writer.WriteLine("<p class=\"no-print\"><button type=\"button\" id=\"weights-reset\">Reset to the study's weights</button></p>");
        writer.WriteLine("<table id=\"ranking-table\"><thead><tr><th>rank</th><th>technique</th><th>utility</th><th>frontier</th><th>moved</th></tr></thead><tbody id=\"ranking-body\">");
        foreach (var r in ranking)
        {
            var standing = (r.OnFrontier ? Badge(Roles.Frontier) : string.Empty) + (r.TiedAtTop ? " <span class=\"badge tied\">tied</span>" : string.Empty);
            writer.WriteLine($"<tr{(r.OnFrontier ? " class=\"frontier\"" : string.Empty)}><td class=\"num\">{r.Rank.ToString(Invariant)}</td><td>{E(r.Candidate)}</td><td class=\"num\">{E(QualityFormat.Utility(r.Utility, r.UtilityHalfWidth))}</td><td>{standing}</td><td class=\"num\"></td></tr>");
        }

        writer.WriteLine("</tbody></table>");
        WriteSensitivity(document, writer);
        WriteWhatIf(document, writer);
        foreach (var note in document.SelectionNotes ?? [])
        {
            writer.WriteLine($"<p class=\"note\">Note: {E(note)}</p>");
        }

        writer.WriteLine("</section>");
    }

    private static void WriteSensitivity(ResultsDocument document, TextWriter writer)
    {
        if (document.Sensitivity is not { } sensitivity)
        {
            return;
        }

        writer.WriteLine("<h3>Sensitivity</h3>");
        if (sensitivity.StayFirstShare is double share)
        {
            writer.WriteLine($"<p>The recommendation stays first under <strong>{(share * 100).ToString("0", Invariant)}%</strong> of {sensitivity.Samples.ToString(Invariant)} random weightings drawn around the weights (Dirichlet, concentration {sensitivity.Concentration.ToString("0.##", Invariant)}, seed {sensitivity.Seed.ToString(Invariant)}).</p>");
        }

        if (sensitivity.Winning.Count > 0)
        {
            writer.WriteLine("<table><thead><tr><th>frontier technique</th><th>a weighting under which it wins</th><th>found by</th></tr></thead><tbody>");
            foreach (var w in sensitivity.Winning)
            {
                writer.WriteLine($"<tr><td>{E(w.Candidate)}</td><td>{E(w.Weights is null ? "none found" : StudyPriorities.WeightsText(w.Weights))}</td><td>{E(w.Source)}</td></tr>");
            }

            writer.WriteLine("</tbody></table>");
        }
    }

    private static void WriteWhatIf(ResultsDocument document, TextWriter writer)
    {
        var whatIf = document.WhatIf ?? [];
        if (whatIf.Count == 0)
        {
            return;
        }

        writer.WriteLine("<h3>What if</h3><ul>");
        foreach (var w in whatIf)
        {
            writer.WriteLine($"<li>{E(w.Text)}</li>");
        }

        writer.WriteLine("</ul>");
    }

    private static void WriteFigures(TextWriter writer, IEnumerable<ReportPlot> plots)
    {
        writer.WriteLine("<div class=\"plots\">");
        foreach (var plot in plots)
        {
            writer.WriteLine($"<figure id=\"plot-{E(plot.Name)}\">");
            if (plot.Svg is not null)
            {
                writer.Write(plot.Svg);
            }
            else
            {
                writer.WriteLine($"<h3>{E(plot.Title)}</h3>");
            }

            writer.WriteLine($"<figcaption>{E(plot.Caption)}</figcaption>");
            writer.WriteLine("</figure>");
        }

        writer.WriteLine("</div>");
    }
}
