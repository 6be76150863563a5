using System.Globalization;
using Tradeoff.Core.Results;

namespace Tradeoff.Core.Qualities;

/// <summary>
/// The one way values are written for people, in every report, explanation and protocol line: fractions as
/// percentages and their differences and spreads as points, times in ns/us/ms/s, sizes in B/KB/MB/GB (powers of
/// 1000), money in dollars; about three significant digits, trailing zeros dropped, never a non-zero value shown as 0,
/// invariant culture. Reading the same units back is <see cref="Units"/>'s part.
/// </summary>
public static class QualityFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// A measurement with its unit and, where it has one, its spread (one standard deviation) in the same unit:
    /// <c>75.2% ± 3.1 points</c>, <c>0.52 nats ± 0.04 nats</c>, <c>1.4 ms</c>,
    /// <c>12.3 KB</c>, <c>1.4 J (est.)</c>; <c>n/a</c> when it has no value.
    /// </summary>
    public static string Format(QualityValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsAvailable)
        {
            return "n/a";
        }

        if (value.Declared is { } declared)
        {
            return declared + " (" + DeclaredQuality.Mark + ")";
        }

        // A figure at the resolution of its probe (resident memory moves in pages) is shown as such: below one page
        // as "< 4.1 KB", never as 0 B; above, with its count of pages, so 8.19 KB reads as 2 pages, not 8,192 exact bytes.
        var text = value.Details?.TryGetValue("resolution-bytes", out var resolution) != true || resolution <= 0
            ? Value(value.Value, value.Unit)
            : value.Value < resolution
                ? "< " + Value(resolution, value.Unit)
                : $"{Value(value.Value, value.Unit)} ({Pages((long)Math.Round(value.Value / resolution))})";
        if (value.Std is double std && value.Unit is "fraction" or "nats" or "target")
        {
            // A spread of rounding error (1E-14 of identical folds) is no spread: "70% ± 0", not "± 0.000000000000012".
            std = Math.Abs(std) < 1e-9 * Math.Max(1, Math.Abs(value.Value)) ? 0 : std;
            // In the value's own unit, said: "84.1% ± 0.367" read as a fraction beside a percentage.
            text += " ± " + Difference(std, value.Unit);
        }

        return value.Estimated ? text + " (est.)" : text;
    }

    private static string Pages(long pages) => pages == 1 ? "1 page" : Count(pages) + " pages";

    /// <summary>A value in its unit, scaled to a readable prefix (<c>1.4 ms</c>, <c>2.35 MB</c>, <c>71.2%</c>, <c>$0.00012</c>); <c>not measured</c> for NaN.</summary>
    public static string Value(double value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (double.IsNaN(value))
        {
            return "not measured";
        }

        if (OrderedScale.Levels(unit) is not null)
        {
            return OrderedScale.Name(value, unit) ?? "level " + Number(value);
        }

        return unit switch
        {
            "fraction" => Number(value * 100) + "%",
            "s" => Seconds(value),
            "us" => Seconds(value / 1e6),
            "B" => Bytes(value),
            "USD" => (value < 0 ? "-$" : "$") + Number(Math.Abs(value)),
            "flag" => value >= 0.5 ? "yes" : "no",
            "count" or "rows" or "target" or "exponent" => Number(value),
            _ => Number(value) + " " + unit,
        };
    }

    /// <summary>The size of a difference: like <see cref="Value"/> of its magnitude, but fractions in points (<c>3.1 points</c>) and flags as numbers.</summary>
    public static string Difference(double difference, string unit)
    {
        var magnitude = Math.Abs(difference);
        if (unit == "flag")
        {
            return Number(magnitude);
        }

        if (OrderedScale.Levels(unit) is not null)
        {
            return Number(magnitude) + (magnitude == 1 ? " level" : " levels");
        }

        if (unit != "fraction")
        {
            return Value(magnitude, unit);
        }

        var points = Number(magnitude * 100);
        return points + (points == "1" ? " point" : " points");
    }

    /// <summary>A utility with the half-width of its 95% interval when it has one: <c>0.444 ± 0.030</c>; <c>-</c> when there is none.</summary>
    public static string Utility(double? utility, double? halfWidth) =>
        utility is not double u ? "-"
        : Fixed(u) + (halfWidth is double h && h > 0 ? " ± " + Fixed(h) : string.Empty);

    /// <summary>A share on 0 to 1 such as a utility, with three decimals (<c>0.444</c>): utilities compare best aligned.</summary>
    public static string Fixed(double value) => value.ToString("0.000", Invariant);

    /// <summary>Seconds scaled to ns, us, ms or s.</summary>
    public static string Seconds(double seconds) => Math.Abs(seconds) switch
    {
        >= 1 or 0 => Number(seconds) + " s",
        >= 1e-3 => Number(seconds * 1e3) + " ms",
        >= 1e-6 => Number(seconds * 1e6) + " us",
        _ => Number(seconds * 1e9) + " ns",
    };

    /// <summary>Bytes scaled to B, KB, MB or GB (powers of 1000, as docs/concepts.md says).</summary>
    public static string Bytes(double bytes) => Math.Abs(bytes) switch
    {
        >= 1e9 => Number(bytes / 1e9) + " GB",
        >= 1e6 => Number(bytes / 1e6) + " MB",
        >= 1e3 => Number(bytes / 1e3) + " KB",
        _ => Number(bytes) + " B",
    };

    /// <summary>A whole count with thousands separators (<c>1,000</c>).</summary>
    public static string Count(long count) => count.ToString("N0", Invariant);

    /// <summary>
    /// A plain number with about three significant digits and no trailing zeros (<c>72.3</c>, <c>1.23</c>,
    /// <c>0.0123</c>); from 100 up, whole with thousands separators (<c>1,235</c>). A non-zero value never shows as 0.
    /// </summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(Invariant);
        }

        var magnitude = Math.Abs(value);
        var decimals = magnitude >= 100 ? 0 : magnitude == 0 ? 0 : Math.Min(15, 2 - (int)Math.Floor(Math.Log10(magnitude)));
        var text = value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), Invariant);
        return text switch
        {
            "0" or "-0" when value != 0 => value.ToString("G2", Invariant),
            "-0" => "0",
            _ => text,
        };
    }
}
