namespace Tradeoff.Reporting.Formats;

/// <summary>
/// One report format (as BenchmarkDotNet's exporters): its id for <c>--format</c>, its file name, and how it renders a
/// report to a writer it is given, so a format is tested without files. Register a new one in <see cref="ReportFormats"/>.
/// </summary>
public interface IReportFormat
{
    /// <summary>The stable id <c>tradeoff report --format</c> takes (<c>html</c>, <c>md</c>...).</summary>
    string Id { get; }

    /// <summary>The file written when no path is given (<c>report.html</c>).</summary>
    string FileName { get; }

    /// <summary>One line for help and error messages.</summary>
    string Description { get; }

    /// <summary>Renders <paramref name="report"/> to <paramref name="writer"/>.</summary>
    void Write(ReportModel report, TextWriter writer);

    /// <summary>Files written beside the main one (the Markdown report's SVG plots): name and content; none by default.</summary>
    IReadOnlyList<(string Name, string Content)> Companions(ReportModel report) => [];
}
