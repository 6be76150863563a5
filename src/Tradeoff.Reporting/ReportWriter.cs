using System.Text;
using Tradeoff.Reporting.Formats;

namespace Tradeoff.Reporting;

/// <summary>Writes reports of a results document to files, in the formats of <see cref="ReportFormats"/>.</summary>
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
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var writer = new StreamWriter(path, false, Utf8))
        {
            writer.NewLine = "\n";
            write(writer);
        }

        return path;
    }
}
