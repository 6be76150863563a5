using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.ModelCards;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Html;

/// <summary>The measurement plots, the model card, the protocol and the environment.</summary>
public static partial class HtmlReport
{
    private static void WritePlots(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("<section id=\"plots\">");
        writer.WriteLine("<h2>Plots</h2>");
        WriteFigures(writer, ReportPlots.Measurements(document));
        writer.WriteLine("</section>");
    }

    private static void WriteModelCard(ReportModel report, TextWriter writer)
    {
        writer.WriteLine("<section id=\"model-card\" class=\"card\">");
        writer.WriteLine($"<h2>{E(ModelCard.Title(report.Document))}</h2>");
        writer.WriteLine("<p class=\"note\">After Mitchell et al., “Model Cards for Model Reporting” (2019).</p>");
        foreach (var section in ModelCard.Build(report))
        {
            writer.WriteLine($"<h3>{E(section.Title)}</h3>");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case CardParagraph p:
                        writer.WriteLine($"<p>{E(p.Text)}</p>");
                        break;
                    case CardBullets b:
                        writer.WriteLine("<ul>" + string.Concat(b.Items.Select(i => $"<li>{E(i)}</li>")) + "</ul>");
                        break;
                    case CardTable t:
                        writer.WriteLine("<div class=\"scroll\"><table><thead><tr>" + string.Concat(t.Header.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");
                        foreach (var row in t.Rows)
                        {
                            writer.WriteLine("<tr>" + string.Concat(row.Select(c => $"<td>{E(c)}</td>")) + "</tr>");
                        }

                        writer.WriteLine("</tbody></table></div>");
                        break;
                    case CardCode c:
                        writer.WriteLine($"<pre><code class=\"language-{E(c.Language)}\">{E(c.Code)}</code></pre>");
                        break;
                }
            }
        }

        writer.WriteLine("</section>");
    }

    private static void WriteProtocol(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("<section id=\"protocol\">");
        writer.WriteLine("<h2>Protocol and environment</h2>");
        writer.WriteLine($"<p>{E(document.Study.Protocol)}</p>");
        writer.WriteLine("<div class=\"scroll\"><table><thead><tr><th>quality</th><th>unit</th><th>meaning</th><th>how it was measured</th><th>measuring time</th></tr></thead><tbody>");
        foreach (var (quality, unit, protocol, seconds) in Protocols.Of(document))
        {
            writer.WriteLine($"<tr><td>{E(quality)}</td><td>{E(unit)}</td><td>{E((QualityCatalog.Find(quality) ?? document.Study.Declared.FirstOrDefault(d => d.Id == quality))?.Description)}</td><td>{E(protocol)}</td><td class=\"num\">{(seconds is double s ? E(QualityFormat.Seconds(s)) : "-")}</td></tr>");
        }

        writer.WriteLine("</tbody></table></div>");
        writer.WriteLine("<h3>Environment</h3>");
        writer.WriteLine("<dl class=\"facts\">");
        foreach (var (term, text) in Protocols.Environment(document.Environment))
        {
            Fact(writer, term, text);
        }

        writer.WriteLine("</dl>");
        writer.WriteLine("</section>");
    }
}
