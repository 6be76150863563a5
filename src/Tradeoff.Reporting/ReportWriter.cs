using System.Text;
using Tradeoff.Core.IO;
using Tradeoff.Reporting.Html;
using Tradeoff.Reporting.Json;
using Tradeoff.Reporting.Markdown;
using Tradeoff.Reporting.ModelCards;
using Tradeoff.Reporting.Plots;

namespace Tradeoff.Reporting;

/// <summary>Writes every report of a results document into one folder; each file whole or not at all (<see cref="AtomicFile"/>).</summary>
public static class ReportWriter
{
    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The Markdown report's file name (its SVG plots are written beside it).</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>The results document's file name.</summary>
    public const string JsonFile = "results.json";

    /// <summary>The model card's file name.</summary>
    public const string ModelCardFile = "model-card.md";

    // UTF-8 without a byte-order mark: the files are read by browsers, Markdown renderers and JSON parsers.
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>
    /// Writes report.html, report.md with its SVG plots, results.json and model-card.md into <paramref name="folder"/>
    /// (created when missing); returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(ResultsDocument document, string folder)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>
        {
            WriteText(Path.Combine(folder, HtmlFile), w => HtmlReport.Write(document, w)),
        };
        written.AddRange(WriteMarkdown(document, Path.Combine(folder, MarkdownFile)));
        written.Add(WriteJson(document, Path.Combine(folder, JsonFile)));
        written.Add(WriteText(Path.Combine(folder, ModelCardFile), w => ModelCardMarkdown.Write(document, w)));
        return written;
    }

    /// <summary>Writes the HTML report to <paramref name="path"/>.</summary>
    public static string WriteHtml(ResultsDocument document, string path) => WriteText(path, w => HtmlReport.Write(document, w));

    /// <summary>Writes the Markdown report to <paramref name="path"/> and its SVG plots beside it; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteMarkdown(ResultsDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        var written = new List<string> { WriteText(path, w => MarkdownReport.Write(document, w)) };
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        foreach (var plot in ReportPlots.All(document).Where(p => p.Svg is not null))
        {
            written.Add(WriteText(Path.Combine(folder, plot.Name + ".svg"), w => w.Write(plot.Svg)));
        }

        return written;
    }

    /// <summary>Writes the results document (JSON) to <paramref name="path"/>.</summary>
    public static string WriteJson(ResultsDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        AtomicFile.Write(path, stream => ResultsJson.Write(document, stream));
        return path;
    }

    private static string WriteText(string path, Action<TextWriter> write)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
            writer.NewLine = "\n";
            write(writer);
        });
        return path;
    }
}
