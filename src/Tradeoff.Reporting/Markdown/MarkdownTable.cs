namespace Tradeoff.Reporting.Markdown;

/// <summary>Writes a GitHub-flavoured Markdown table, escaping cell text that comes from data.</summary>
internal static class MarkdownTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        writer.WriteLine("| " + string.Join(" | ", header.Select(Escape)) + " |");
        writer.WriteLine("|" + string.Concat(header.Select((_, i) => rightAligned?[i] == true ? "---:|" : "---|")));
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }

        writer.WriteLine();
    }

    /// <summary>Text safe inside a table cell: pipes, newlines and HTML-significant characters neutralized.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
