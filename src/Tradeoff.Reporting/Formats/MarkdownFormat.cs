using Tradeoff.Reporting.Markdown;
using Tradeoff.Reporting.Plots;

namespace Tradeoff.Reporting.Formats;

/// <summary>Markdown for a repository or a wiki, with its SVG plots as files beside it.</summary>
internal sealed class MarkdownFormat : IReportFormat
{
    public string Id => "md";

    public string FileName => "report.md";

    public string Description => "Markdown with SVG plots beside it";

    public void Write(ReportModel report, TextWriter writer) => MarkdownReport.Write(report, writer);

    public IReadOnlyList<(string Name, string Content)> Companions(ReportModel report) =>
        ReportPlots.All(report.Document).Where(p => p.Svg is not null).Select(p => (p.Name + ".svg", p.Svg!)).ToList();
}
