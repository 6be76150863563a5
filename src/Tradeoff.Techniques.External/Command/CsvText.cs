using System.Text;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// The CSV lines of the command protocol (RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes
/// doubled). Written by hand because the lines go one batch at a time down a pipe to a program that answers between
/// batches, which a file-oriented CSV writer does not do.
/// </summary>
internal static class CsvText
{
    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));

    private static string Field(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : new StringBuilder(field.Length + 2).Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
