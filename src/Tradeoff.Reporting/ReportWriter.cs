using System.Text;
using Tradeoff.Core.IO;
using Tradeoff.Reporting.Formats;
using Tradeoff.Runs;

namespace Tradeoff.Reporting;

/// <summary>Writes reports of a results document to files, in the formats of <see cref="ReportFormats"/>; each file whole or not at all (<see cref="AtomicFile"/>).</summary>
public static class ReportWriter
{
    // UTF-8 without a byte-order mark: the files are read by browsers, Markdown renderers and JSON parsers.
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>
    /// Writes every registered format into <paramref name="folder"/> (created when missing) under its file name:
    /// report.html, report.md with its SVG plots, results.json and model-card.md; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(ResultsDocument document, string folder)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var report = ReportModel.Of(document);
        return ReportFormats.All.SelectMany(f => Write(f, report, Path.Combine(folder, f.FileName))).ToList();
    }

    /// <summary>Writes <paramref name="document"/> in <paramref name="format"/> to <paramref name="path"/> and its companion files beside it; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(IReportFormat format, ResultsDocument document, string path) =>
        Write(format, ReportModel.Of(document), path);

    private static List<string> Write(IReportFormat format, ReportModel report, string path)
    {
        ArgumentNullException.ThrowIfNull(format);
        var written = new List<string> { WriteText(path, w => format.Write(report, w)) };
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        foreach (var (name, content) in format.Companions(report))
        {
            written.Add(WriteText(Path.Combine(folder, name), w => w.Write(content)));
        }

        return written;
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
