using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Markdown;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Html;

/// <summary>The quality table and the elimination trail.</summary>
public static partial class HtmlReport
{
    private static void WriteQualities(ResultsDocument document, TextWriter writer)
    {
        var qualities = document.Techniques.SelectMany(t => t.Qualities.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(ParallelPlot.QualityOrder).ThenBy(id => id, StringComparer.Ordinal).ToList();
        writer.WriteLine("<section id=\"qualities\">");
        writer.WriteLine("<h2>Qualities</h2>");
        writer.WriteLine("<p class=\"note\">Click a column header to sort. ↑ higher is better, ↓ lower is better; mean ± standard deviation where there are several samples; hover a value for its interval and protocol.</p>");
        writer.WriteLine("<div class=\"scroll\"><table class=\"sortable\" id=\"quality-table\">");
        writer.Write("<thead><tr><th>technique</th><th>status</th>");
        foreach (var q in qualities)
        {
            writer.Write($"<th title=\"{E(QualityCatalog.Find(q)?.Description)}\">{E(q)}{Arrow(q)}</th>");
        }

        writer.WriteLine("<th>note</th></tr></thead>");
        writer.WriteLine("<tbody>");
        foreach (var t in document.Techniques)
        {
            var role = Roles.Of(document, t.Name);
            writer.Write($"<tr class=\"{role}\"><td>{E(t.Name)}</td><td>{Badge(role)}</td>");
            foreach (var q in qualities)
            {
                writer.Write(t.Qualities.TryGetValue(q, out var v) ? QualityCell(v) : "<td class=\"num muted\">-</td>");
            }

            writer.WriteLine($"<td>{E(t.Status == TechniqueStatus.Measured ? string.Empty : t.Message ?? t.Status.ToString())}</td></tr>");
        }

        writer.WriteLine("</tbody></table></div>");
        var before = Provenance.MeasuredBefore(document.Techniques, document.Environment);
        if (before.Count > 0)
        {
            writer.WriteLine($"<p class=\"note\" id=\"provenance\">{E(Provenance.Heading)}</p>");
            writer.WriteLine("<ul class=\"note\">" + string.Concat(before.Select(t => $"<li>{E(Provenance.Line(t, document.Environment))}</li>")) + "</ul>");
        }

        writer.WriteLine("</section>");
    }

    private static string QualityCell(QualityValue v)
    {
        if (!v.IsAvailable)
        {
            return $"<td class=\"num muted\" title=\"{E(v.NotAvailable)}\">n/a</td>";
        }

        var title = (v.Lower is double l && v.Upper is double u ? $"95% interval [{QualityFormat.Value(l, v.Unit)}, {QualityFormat.Value(u, v.Unit)}]; " : string.Empty) + (v.Protocol ?? string.Empty);
        var note = v.Note is null ? string.Empty : $" <span class=\"muted\">({E(v.Note)})</span>";
        return $"<td class=\"num\" data-sort=\"{Num(v.Value)}\" title=\"{E(title)}\">{E(QualityFormat.Format(v))}{note}</td>";
    }

    private static string Arrow(string quality) => QualityArrow.Of(quality);

    private static string Badge(string role) => $"<span class=\"badge {role}\">{role}</span>";

    private static void WriteElimination(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("<section id=\"elimination\">");
        writer.WriteLine("<h2>Elimination trail</h2>");
        var eliminated = document.Eliminated ?? [];
        var verdicts = document.Verdicts ?? [];
        if (eliminated.Count == 0 && verdicts.Count == 0)
        {
            writer.WriteLine(document.Eliminated is null ? "<p>The study asks for no selection.</p>" : "<p>No technique was eliminated: the study has no constraint any technique breaks.</p>");
            writer.WriteLine("</section>");
            return;
        }

        writer.WriteLine("<ul>");
        foreach (var e in eliminated)
        {
            writer.WriteLine($"<li><span class=\"fail\">✗</span> <strong>{E(e.Candidate)}</strong> ({MarkdownReport.StageText(e.Stage)}): {E(string.Join("; ", e.Reasons))}</li>");
        }

        foreach (var (candidate, constraints) in document.Flagged ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            writer.WriteLine($"<li><span class=\"inconclusive\">?</span> <strong>{E(candidate)}</strong> kept, inconclusive on: {E(string.Join("; ", constraints))}</li>");
        }

        writer.WriteLine("</ul>");
        if (verdicts.Count > 0)
        {
            writer.WriteLine("<h3>Verdicts</h3>");
            writer.WriteLine("<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th>technique</th><th>constraint</th><th>value [95% interval]</th><th>limit</th><th>margin</th><th>verdict</th></tr></thead><tbody>");
            foreach (var v in verdicts)
            {
                var css = v.Outcome.ToString().ToLowerInvariant();
                writer.WriteLine($"<tr><td>{E(v.Candidate)}</td><td><code>{E(v.Constraint)}</code></td><td class=\"num\" data-sort=\"{(v.Value is double x ? Num(x) : string.Empty)}\">{E(MarkdownReport.VerdictValue(v))}</td><td>{E(v.LimitDerivation)}</td><td class=\"num\" data-sort=\"{(v.Margin is double m ? Num(m) : string.Empty)}\">{E(MarkdownReport.Margin(v))}</td><td class=\"{css}\"><strong>{E(MarkdownReport.VerdictText(v))}</strong>{(v.Eliminates ? " (eliminates)" : string.Empty)}</td></tr>");
            }

            writer.WriteLine("</tbody></table></div>");
            writer.WriteLine("<p class=\"note\">Margin: how far the value is inside the limit (+) or outside it (−). PASS and FAIL hold for the whole interval; INCONCLUSIVE when it straddles the limit or the value is missing.</p>");
        }

        writer.WriteLine("</section>");
    }
}
