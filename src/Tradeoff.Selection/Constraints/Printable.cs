using System.Globalization;
using System.Text;

namespace Tradeoff.Selection.Constraints;

/// <summary>
/// Text echoed into an error message, made to stay on one line: a constraint may hold a line break (a YAML
/// block scalar, or anything a fuzzer writes), and an error must be one line. Control characters and the
/// Unicode line and paragraph separators are written as escapes (<c>\n</c>, <c>\u0000</c>).
/// </summary>
internal static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
