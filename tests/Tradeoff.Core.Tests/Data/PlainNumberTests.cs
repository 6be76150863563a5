using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

/// <summary>The fast parser either declines or gives exactly what the runtime's parser gives.</summary>
public sealed class PlainNumberTests
{
    [Property(MaxTest = 3000, Replay = "(31415,92653)")]
    public void Random_decimal_texts_parse_exactly_as_the_runtime_parses_them(int seed)
    {
        var text = RandomDecimal(new Random(seed));

        if (PlainNumber.TryParse(text, out var fast))
        {
            Assert.Equal(float.Parse(text, CultureInfo.InvariantCulture), fast);
            Assert.Equal(BitConverter.SingleToInt32Bits(float.Parse(text, CultureInfo.InvariantCulture)), BitConverter.SingleToInt32Bits(fast));
        }
    }

    [Property(MaxTest = 3000, Replay = "(27182,81829)")]
    public void Formatted_floats_round_trip(int seed)
    {
        var random = new Random(seed);
        var value = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 12)));
        var text = value.ToString(random.Next(2) == 0 ? "R" : "G7", CultureInfo.InvariantCulture);

        // A text that is exactly halfway between two floats (such as "65119030") is declined, and read by the BCL.
        var read = PlainNumber.TryParse(text, out var fast) ? fast : float.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(float.Parse(text, CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("16777217")]            // 2^24 + 1: exactly halfway between two floats
    [InlineData("65119030")]
    [InlineData("12345678901234567890")] // more than 19 significant digits
    [InlineData("1e23")]
    [InlineData("1e-23")]
    [InlineData("1,5")]
    [InlineData("1.5f")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("Infinity")]
    [InlineData(" 1")]
    public void Declines_what_it_cannot_read_exactly_or_is_not_plain(string text)
    {
        Assert.False(PlainNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0", 0f)]
    [InlineData("-0.0", -0f)]
    [InlineData("000.000e5", 0f)]
    [InlineData("0.000001", 0.000001f)]
    [InlineData("+2.5E+3", 2500f)]
    [InlineData("0000000000000000000000001", 1f)]
    [InlineData("-37.284615", -37.284615f)]
    [InlineData("1.2345678E-13", 1.2345678E-13f)]
    public void Reads_plain_numbers(string text, float expected)
    {
        Assert.True(PlainNumber.TryParse(text, out var value));
        Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(value));
    }

    private static string RandomDecimal(Random random)
    {
        var text = new StringBuilder();
        text.Append(random.Next(4) switch { 0 => "-", 1 => "+", _ => string.Empty });
        AppendDigits(text, random, random.Next(0, 21));
        if (random.Next(2) == 0)
        {
            text.Append('.');
            AppendDigits(text, random, random.Next(0, 21));
        }

        if (random.Next(2) == 0)
        {
            text.Append(random.Next(2) == 0 ? 'e' : 'E').Append(random.Next(-30, 31).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static void AppendDigits(StringBuilder text, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('0' + random.Next(10)));
        }
    }
}
