using System.Globalization;
using Tradeoff.Reporting.Html;
using Tradeoff.Runs;
using Tradeoff.Runs.Json;
using Tradeoff.Reporting.Markdown;
using Tradeoff.Reporting.ModelCards;

namespace Tradeoff.Reporting.Tests;

/// <summary>Each report of a document as text, with "\n" line ends whatever the platform.</summary>
internal static class Render
{
    public static string Markdown(ResultsDocument document) => With(w => MarkdownReport.Write(ReportModel.Of(document), w));

    public static string ModelCard(ResultsDocument document) => With(w => ModelCardMarkdown.Write(ReportModel.Of(document), w));

    public static string Html(ResultsDocument document) => With(w => HtmlReport.Write(ReportModel.Of(document), w));

    public static string Json(ResultsDocument document) => ResultsJson.ToJson(document).ReplaceLineEndings("\n") + "\n";

    public static string With(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }
}
