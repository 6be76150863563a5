using System.Globalization;

namespace Tradeoff.Store;

/// <summary>Run ids are <c>r</c> and the run's sequence number, four digits at least: short, typable and sortable.</summary>
internal static class RunIds
{
    public static string Format(long seq) => "r" + seq.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>r0012</c>, <c>r12</c>, <c>R12</c> or <c>12</c> as 12.</summary>
    public static bool TryParse(string text, out long seq)
    {
        var digits = text.StartsWith('r') || text.StartsWith('R') ? text[1..] : text;
        seq = 0;
        return digits.Length > 0
            && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out seq)
            && seq > 0;
    }
}
