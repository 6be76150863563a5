using Tradeoff.Runs.Json;

namespace Tradeoff.Reporting.Formats;

/// <summary>The results document itself (docs/results.schema.json), which <c>tradeoff report</c> reads back.</summary>
internal sealed class JsonFormat : IReportFormat
{
    public string Id => "json";

    public string FileName => "results.json";

    public string Description => "the results document";

    public void Write(ReportModel report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ResultsJson.ToJson(report.Document));
    }
}
