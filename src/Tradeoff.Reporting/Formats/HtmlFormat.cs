using Tradeoff.Reporting.Html;

namespace Tradeoff.Reporting.Formats;

/// <summary>One self-contained page: inline style, SVG plots and script, no network.</summary>
internal sealed class HtmlFormat : IReportFormat
{
    public string Id => "html";

    public string FileName => "report.html";

    public string Description => "one self-contained page";

    public void Write(ReportModel report, TextWriter writer) => HtmlReport.Write(report, writer);
}
