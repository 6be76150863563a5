using System.Globalization;

namespace Tradeoff.Core.Techniques;

/// <summary>How setting values are read from and written as text, with the invariant culture.</summary>
internal static class SettingText
{
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A real as a study writes it: <c>0.01</c>, and <c>1e-9</c> rather than the runtime's <c>1E-09</c>.</summary>
    public static string Of(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        return e < 0 ? text : text[..e] + "e" + int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    public static string Of(IReadOnlyList<int> values) => "[" + string.Join(", ", values.Select(Of)) + "]";

    /// <summary>A range bound in an error message, as the runtime writes it (<c>1.7976931348623157E+308</c> for no bound).</summary>
    public static string Bound(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static SettingParser<int> IntParser(int min, int max) => (string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    public static SettingParser<double> RealParser(double min, double max) => (string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max && !double.IsNaN(value);

    public static SettingParser<string> ChoiceParser(string[] choices) => (string text, out string value) =>
    {
        value = text;
        return choices.Contains(text, StringComparer.Ordinal);
    };

    public static bool ParseBool(string text, out bool value)
    {
        (var known, value) = text.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" => (true, true),
            "FALSE" or "NO" or "OFF" => (true, false),
            _ => (false, false),
        };
        return known;
    }

    /// <summary>A list written <c>[300, 100]</c> or <c>300,100</c>; every item a positive integer.</summary>
    public static bool ParseIntList(string text, out IReadOnlyList<int> value)
    {
        var parts = text.Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new int[parts.Length];
        value = result;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out result[i]) || result[i] <= 0)
            {
                return false;
            }
        }

        return true;
    }
}
