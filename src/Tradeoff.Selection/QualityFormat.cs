using System.Globalization;

namespace Tradeoff.Selection;

/// <summary>
/// Numbers in words for explanations: times in ns/us/ms/s, sizes in B/KB/MB/GB (powers of 1000), fractions as
/// percentages and their differences as points; about three significant digits, invariant culture.
/// </summary>
internal static class QualityFormat
{
    /// <summary>A value in its unit, scaled to a readable prefix (<c>1.4 ms</c>, <c>2.3 MB</c>, <c>71.2%</c>).</summary>
    public static string Value(double value, string unit)
    {
        if (double.IsNaN(value))
        {
            return "not measured";
        }

        return unit switch
        {
            "us" => Time(value * 1e-6),
            "s" => Time(value),
            "B" => Bytes(value),
            "fraction" => Number(value * 100) + "%",
            "count" or "flag" => Number(value),
            _ => Number(value) + " " + unit,
        };
    }

    /// <summary>The size of a difference: like <see cref="Value"/>, but fractions in points (<c>3.1 points</c>).</summary>
    public static string Difference(double difference, string unit)
    {
        if (unit != "fraction")
        {
            return Value(Math.Abs(difference), unit);
        }

        var points = Number(Math.Abs(difference) * 100);
        return points + (points == "1" ? " point" : " points");
    }

    /// <summary>A plain number with about three significant digits.</summary>
    public static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100 ? "#,0" : magnitude >= 10 ? "0.#" : magnitude >= 1 ? "0.##" : "0.###";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "0" && value != 0 ? value.ToString("G2", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>A share such as a utility with three decimals (<c>0.444</c>).</summary>
    public static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Time(double seconds)
    {
        var magnitude = Math.Abs(seconds);
        return magnitude switch
        {
            >= 1 or 0 => Number(seconds) + " s",
            >= 1e-3 => Number(seconds * 1e3) + " ms",
            >= 1e-6 => Number(seconds * 1e6) + " us",
            _ => Number(seconds * 1e9) + " ns",
        };
    }

    private static string Bytes(double bytes)
    {
        var magnitude = Math.Abs(bytes);
        return magnitude switch
        {
            >= 1e9 => Number(bytes / 1e9) + " GB",
            >= 1e6 => Number(bytes / 1e6) + " MB",
            >= 1e3 => Number(bytes / 1e3) + " KB",
            _ => Number(bytes) + " B",
        };
    }
}
