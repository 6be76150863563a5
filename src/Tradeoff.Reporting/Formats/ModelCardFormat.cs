using Tradeoff.Reporting.ModelCards;

namespace Tradeoff.Reporting.Formats;

/// <summary>The model card of the recommended model (Mitchell et al. 2019), in Markdown.</summary>
internal sealed class ModelCardFormat : IReportFormat
{
    public string Id => "model-card";

    public string FileName => "model-card.md";

    public string Description => "the recommended model's model card";

    public void Write(ReportModel report, TextWriter writer) => ModelCardMarkdown.Write(report, writer);
}
