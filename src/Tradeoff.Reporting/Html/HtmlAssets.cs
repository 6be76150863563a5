namespace Tradeoff.Reporting.Html;

/// <summary>The page's stylesheet and script, embedded in the assembly so the report is one file that works offline.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("Tradeoff.Reporting.Html.Assets." + name)
            ?? throw new InvalidOperationException($"The report asset '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
