using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Markdown;

/// <summary>
/// The Markdown report of a run: study, quality table, tuning, selection, protocol and environment. The writer is passed
/// in, so the report is tested without files (BenchmarkDotNet's exporters do the same).
/// </summary>
public static partial class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the report of <paramref name="report"/>.</summary>
    public static void Write(ReportModel report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var document = report.Document;
        WriteStudy(report, writer);
        WriteQualities(document, writer);
        WriteTuning(document, writer);
        WriteSelection(document, writer);
        WritePlots(document, writer);
        WriteProtocol(document, writer);
        WriteEnvironment(document, writer);
    }

    private static void WriteStudy(ReportModel report, TextWriter writer)
    {
        var document = report.Document;
        var study = document.Study;
        writer.WriteLine("# " + MarkdownTable.Escape(study.Name));
        writer.WriteLine();
        if (!string.IsNullOrWhiteSpace(study.Description))
        {
            writer.WriteLine(MarkdownTable.Escape(study.Description.Trim()));
            writer.WriteLine();
        }

        foreach (var warning in document.Environment.Warnings)
        {
            writer.WriteLine("> **Warning:** " + MarkdownTable.Escape(warning));
            writer.WriteLine();
        }

        if (document.Interrupted)
        {
            writer.WriteLine("> **Interrupted:** this report holds what was measured before the run stopped.");
            writer.WriteLine();
        }

        writer.WriteLine($"- **Data:** {MarkdownTable.Escape(study.Train)}{(study.Test is null ? string.Empty : ", test " + MarkdownTable.Escape(study.Test))}: {QualityFormat.Count(study.Rows)} rows, {study.Features.ToString(Invariant)} features");
        writer.WriteLine($"- **Task:** {study.Task} of `{MarkdownTable.Escape(study.Target)}`{(study.Positive is null ? string.Empty : $" (positive class `{MarkdownTable.Escape(study.Positive)}`)")}");
        writer.WriteLine($"- **Protocol:** {MarkdownTable.Escape(study.Protocol)}");
        if (study.Constraints.Count > 0)
        {
            writer.WriteLine("- **Constraints:** " + string.Join("; ", study.Constraints.Select(c => "`" + c + "`")));
        }

        if (report.Objectives.Count > 0)
        {
            writer.WriteLine("- **Objectives:** " + string.Join(", ", report.Objectives));
        }

        if (report.Weights.Length > 0)
        {
            writer.WriteLine("- **Weights:** " + report.Weights);
        }

        writer.WriteLine();
    }

    private const int MaxQualityColumns = 6;

    /// <summary>The quality group of a quality id (a per-attribute fairness id takes its metric's), else its first segment.</summary>
    private static string GroupOf(string quality) =>
        QualityCatalog.Find(quality)?.Group is { Length: > 0 } group ? group : quality.Split('.')[0];

    /// <summary>
    /// The quality tables: a group wider than <see cref="MaxQualityColumns"/> is cut into parts ("(continued)"); small
    /// groups that follow each other share a table, titled by both, so that a group of one quality is not a table alone.
    /// </summary>
    internal static IReadOnlyList<(string Title, IReadOnlyList<string> Columns)> Tables(IReadOnlyList<string> qualities)
    {
        var parts = qualities.GroupBy(GroupOf, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(MaxQualityColumns).Select((chunk, i) => (Title: g.Key + (i > 0 ? " (continued)" : string.Empty), Columns: (IReadOnlyList<string>)chunk)));
        var tables = new List<(string Title, IReadOnlyList<string> Columns)>();
        foreach (var part in parts)
        {
            if (tables.Count > 0 && tables[^1].Columns.Count + part.Columns.Count <= MaxQualityColumns)
            {
                tables[^1] = (tables[^1].Title + ", " + part.Title, [.. tables[^1].Columns, .. part.Columns]);
            }
            else
            {
                tables.Add(part);
            }
        }

        return tables;
    }

    private static void WriteQualities(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("## Qualities");
        writer.WriteLine();
        var qualities = document.Techniques.SelectMany(t => t.Qualities.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(Plots.ParallelPlot.QualityOrder).ThenBy(id => id, StringComparer.Ordinal).ToList();

        // Tables by quality group (the stage that measures them), at most a few columns each: one table of every quality
        // is some seventy columns wide and cannot be read in a Markdown viewer.
        foreach (var (title, columns) in Tables(qualities))
        {
            writer.WriteLine("### " + MarkdownTable.Escape(title));
            writer.WriteLine();
            MarkdownTable.Write(
                writer,
                ["technique", .. columns.Select(q => q + Arrow(q))],
                document.Techniques.Where(t => columns.Any(t.Qualities.ContainsKey)).Select(t => (IReadOnlyList<string>)[t.Name, .. columns.Select(q => t.Qualities.TryGetValue(q, out var v) ? Cell(v) : "-")]));
        }

        foreach (var technique in document.Techniques.Where(t => t.Status != TechniqueStatus.Measured))
        {
            writer.WriteLine($"- **{MarkdownTable.Escape(technique.Name)}**: {MarkdownTable.Escape(technique.Message ?? technique.Status.ToString())}");
        }

        if (document.Techniques.Any(t => t.Status != TechniqueStatus.Measured))
        {
            writer.WriteLine();
        }

        writer.WriteLine("↑ higher is better, ↓ lower is better. Values are mean ± standard deviation where there are several samples; (est.) marks an estimate.");
        writer.WriteLine();
        var before = Provenance.MeasuredBefore(document.Techniques, document.Environment);
        if (before.Count > 0)
        {
            writer.WriteLine(Provenance.Heading);
            writer.WriteLine();
            foreach (var technique in before)
            {
                writer.WriteLine("- " + MarkdownTable.Escape(Provenance.Line(technique, document.Environment)));
            }

            writer.WriteLine();
        }
    }

    private static string Cell(QualityValue value) =>
        value.IsAvailable
            ? QualityFormat.Format(value) + (value.Note is null ? string.Empty : $" ({value.Note})")
            : "n/a: " + value.NotAvailable;

    private static string Arrow(string quality) => QualityArrow.Of(quality);

    private static void WriteEnvironment(ResultsDocument document, TextWriter writer)
    {
        writer.WriteLine("## Environment");
        writer.WriteLine();
        MarkdownTable.Write(writer, ["", ""], Protocols.Environment(document.Environment).Select(f => (IReadOnlyList<string>)[f.Term, f.Text]));
    }
}
