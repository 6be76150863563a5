using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradeoff.Cli.Init;

/// <summary>
/// Scalars and comments as <see cref="StudyWriter"/> writes them. Written by hand rather than with YamlDotNet's
/// serializer because a study's comments (the reason for each line) are the point, and the serializer writes none.
/// </summary>
internal static partial class YamlText
{
    private const int CommentWidth = 110;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>A scalar written plain when YAML reads it back as the same text, else double-quoted (a JSON string is a YAML one).</summary>
    public static string Scalar(string text) =>
        Plain().IsMatch(text) && !Reserved.Contains(text) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? text
            : System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>A number in the invariant culture, as short as it is exact.</summary>
    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A flow list: <c>[a, b]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Scalar)) + "]";

    /// <summary><paramref name="text"/> as comment lines at <paramref name="indent"/>, wrapped at about 110 columns.</summary>
    public static IEnumerable<string> Comment(string indent, string text)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent.Length + 2 + line.Length + 1 + word.Length > CommentWidth)
            {
                yield return $"{indent}# {line}";
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return $"{indent}# {line}";
        }
    }

    // Letters, digits and the punctuation of paths and column names, starting with a letter, digit, '_' or '.'.
    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./ +-]*(?<! )$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
