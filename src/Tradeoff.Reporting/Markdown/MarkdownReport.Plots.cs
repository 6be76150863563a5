using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Plots;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Markdown;

/// <summary>Plots: the Markdown links to SVG files that <see cref="ReportWriter"/> writes beside it.</summary>
public static partial class MarkdownReport
{
    private static void WritePlots(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("## Plots");
        writer.WriteLine();
        foreach (var plot in ReportPlots.Measurements(document))
        {
            WritePlot(writer, plot);
        }
    }

    private static void WritePlot(TextWriter writer, ReportPlot plot)
    {
        writer.WriteLine("### " + MarkdownTable.Escape(plot.Title));
        writer.WriteLine();
        if (plot.Svg is not null)
        {
            writer.WriteLine($"![{MarkdownTable.Escape(plot.Title)}]({plot.Name}.svg)");
            writer.WriteLine();
        }

        writer.WriteLine(MarkdownTable.Escape(plot.Caption));
        writer.WriteLine();
    }

    private static void WriteProtocol(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("## Protocol");
        writer.WriteLine();
        MarkdownTable.Write(
            writer,
            ["quality", "unit", "how it was measured", "measuring time"],
            Protocols.Of(document).Select(p => (IReadOnlyList<string>)[p.Quality, p.Unit, p.Protocol, p.Seconds is double s ? QualityFormat.Seconds(s) : "-"]));
        if (document.Recommended is not null)
        {
            writer.WriteLine("The model card of the recommended model is in [model-card.md](model-card.md).");
            writer.WriteLine();
        }
    }
}
