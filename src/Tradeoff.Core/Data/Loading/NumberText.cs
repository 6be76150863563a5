using System.Globalization;

namespace Tradeoff.Core.Data.Loading;

/// <summary>How every loader reads a number and recognises a missing value, so CSV and ARFF agree.</summary>
internal static class NumberText
{
    /// <summary>True for the texts that mean "no value": empty, <c>?</c> (ARFF, Weka) and <c>NA</c> (R).</summary>
    public static bool IsMissing(ReadOnlySpan<char> text) => text.IsEmpty || text is "?" || text is "NA";

    // The exact fast path first; then NumberStyles.Float without AllowThousands: "1,000" must not become 1000. Every
    // spelling of infinity reads as one (the loaders then refuse it with its place), so that "inf" or "∞" cannot turn
    // a numeric column nominal while "Infinity" is refused: one rule for all.
    public static bool TryParse(ReadOnlySpan<char> text, out float value) =>
        PlainNumber.TryParse(text, out value) || float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        || TryInfinity(text, out value);

    private static bool TryInfinity(ReadOnlySpan<char> text, out float value)
    {
        var sign = 1f;
        if (text.Length > 1 && text[0] is '+' or '-')
        {
            sign = text[0] == '-' ? -1f : 1f;
            text = text[1..];
        }

        var infinite = text is "∞" || text.Equals("inf", StringComparison.OrdinalIgnoreCase) || text.Equals("infinity", StringComparison.OrdinalIgnoreCase);
        value = infinite ? sign * float.PositiveInfinity : 0;
        return infinite;
    }

    /// <summary>
    /// True for the common spelling of a number, <c>[+-]digits[.digits][e[+-]digits]</c>, which
    /// <see cref="TryParse"/> always accepts. A scan for it costs a fraction of a parse, so the first pass of a large
    /// CSV (which only decides the column types) parses only what does not look plain.
    /// </summary>
    public static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += Digits(text, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>
    /// Why an infinite number (<c>Infinity</c>, or a number past a float's range such as <c>1e39</c>) is refused:
    /// one infinite value would turn the mean and spread the featurization scales by into infinity or NaN for the
    /// whole column, so the loader stops at the value rather than letting every technique fail later.
    /// </summary>
    public static string NotFinite(ReadOnlySpan<char> text) =>
        $"'{text}' is not a finite number (values are read as 32-bit floats, at most 3.4e38 in size); write ? for a missing value";

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Digits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
