namespace Tradeoff.Reporting.Formats;

/// <summary>The registry of report formats: <c>--format</c>, <c>--report DIR</c> and <see cref="ReportWriter"/> enumerate it.</summary>
public static class ReportFormats
{
    /// <summary>The HTML page.</summary>
    public static IReportFormat Html { get; } = new HtmlFormat();

    /// <summary>The Markdown report with its SVG plots.</summary>
    public static IReportFormat Markdown { get; } = new MarkdownFormat();

    /// <summary>The results document.</summary>
    public static IReportFormat Json { get; } = new JsonFormat();

    /// <summary>The model card.</summary>
    public static IReportFormat ModelCard { get; } = new ModelCardFormat();

    /// <summary>Every format, in the order a report folder is written; a new format is one line here.</summary>
    public static IReadOnlyList<IReportFormat> All { get; } = [Html, Markdown, Json, ModelCard];

    /// <summary>The ids, for help and "did you mean".</summary>
    public static IEnumerable<string> Ids => All.Select(f => f.Id);

    /// <summary>The format with <paramref name="id"/>, or null.</summary>
    public static IReportFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);
}
