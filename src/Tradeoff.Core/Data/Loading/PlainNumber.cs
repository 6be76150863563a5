namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// A fast, exact float parser for the plain spelling <c>[+-]digits[.digits][e[+-]digits]</c> with at most 19
/// significant digits and a small exponent: the spelling of nearly every number in a data file. Anything else
/// returns false and goes to <see cref="float.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider, out float)"/>.
/// </summary>
/// <remarks>
/// Hand-written because parsing dominates the load of a numeric CSV (the BCL parser costs 3 to 4 times Sep's own
/// split of the text) and Sep's csFastFloat reads any valid prefix ("1,5" as 1). Exactness, after Clinger (1990):
/// a mantissa below 2^53 and a power of ten up to 10^22 are exact doubles, so one multiplication or division gives
/// the correctly rounded double d of the text's value x. Rounding d to float then gives the correctly rounded float
/// of x unless d is exactly halfway between two floats (any float midpoint is a double, so none lies strictly
/// between x and d); that case is left to the BCL.
/// </remarks>
internal static class PlainNumber
{
    private const int MaxDigits = 19;
    private const int MaxPower = 22;
    private const long FloatMidpointMask = (1L << 29) - 1;
    private const long FloatMidpoint = 1L << 28;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public static bool TryParse(ReadOnlySpan<char> text, out float value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var significant = 0;
        var exponent = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            digits++;
            if (!Accumulate(ref mantissa, ref significant, text[i]))
            {
                return false;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                digits++;
                exponent--;
                if (!Accumulate(ref mantissa, ref significant, text[i]))
                {
                    return false;
                }
            }
        }

        if (digits == 0 || !TryExponent(text, ref i, ref exponent) || i != text.Length)
        {
            return false;
        }

        if (mantissa == 0)
        {
            value = negative ? -0f : 0f;
            return true;
        }

        if (mantissa > 1UL << 53 || exponent < -MaxPower || exponent > MaxPower)
        {
            return false;
        }

        var d = exponent >= 0 ? mantissa * PowersOfTen[exponent] : mantissa / PowersOfTen[-exponent];
        if ((BitConverter.DoubleToInt64Bits(d) & FloatMidpointMask) == FloatMidpoint)
        {
            return false;
        }

        value = negative ? -(float)d : (float)d;
        return true;
    }

    // Leading zeros are not significant; past 19 digits the mantissa could overflow, so give up.
    private static bool Accumulate(ref ulong mantissa, ref int significant, char digit)
    {
        if (mantissa == 0 && digit == '0')
        {
            return true;
        }

        if (++significant > MaxDigits)
        {
            return false;
        }

        mantissa = (mantissa * 10) + (ulong)(digit - '0');
        return true;
    }

    private static bool TryExponent(ReadOnlySpan<char> text, ref int i, ref int exponent)
    {
        if (i == text.Length || text[i] is not ('e' or 'E'))
        {
            return true;
        }

        i++;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        var start = i;
        var power = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            // Capped: anything this large is out of the fast range anyway.
            power = Math.Min((power * 10) + (text[i] - '0'), 10_000);
        }

        exponent += negative ? -power : power;
        return i > start;
    }
}
