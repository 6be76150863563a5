using System.Globalization;

namespace Tradeoff.Core.Data.Loading;

/// <summary>How every loader reads a number and recognises a missing value, so CSV and ARFF agree.</summary>
internal static class NumberText
{
    /// <summary>True for the texts that mean "no value": empty, <c>?</c> (ARFF, Weka) and <c>NA</c> (R).</summary>
    public static bool IsMissing(ReadOnlySpan<char> text) => text.IsEmpty || text is "?" || text is "NA";

    // NumberStyles.Float without AllowThousands: "1,000" must not silently become 1000.
    public static bool TryParse(ReadOnlySpan<char> text, out float value) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
