using System.Globalization;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Text;

/// <summary>Formats measured values for people: units scaled (us, ms, s; B, KB, MB as powers of 1000), invariant culture.</summary>
public static class QualityFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The value with its unit and, where it has one, its spread: <c>0.752 ± 0.031</c>, <c>1.4 ms</c>, <c>12.3 KB</c>.</summary>
    public static string Format(QualityValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsAvailable)
        {
            return "n/a";
        }

        // A figure below what the probe can resolve (resident memory moves in pages) is shown as such, never as 0 B.
        var text = value.Details?.TryGetValue("resolution-bytes", out var resolution) == true && value.Value < resolution
            ? "< " + Value(resolution, value.Unit)
            : Value(value.Value, value.Unit);
        if (value.Std is double std && value.Unit is "fraction" or "nats" or "target")
        {
            text += " ± " + Number(std, 3);
        }

        return value.Estimated ? text + " (est.)" : text;
    }

    /// <summary>A utility with the half-width of its 95% interval when it has one: <c>0.444 ± 0.030</c>; <c>-</c> when there is none.</summary>
    public static string Utility(double? utility, double? halfWidth) =>
        utility is not double u ? "-"
        : u.ToString("0.000", Invariant) + (halfWidth is double h && h > 0 ? " ± " + h.ToString("0.000", Invariant) : string.Empty);

    /// <summary>A bare value in a unit, scaled for reading.</summary>
    public static string Value(double value, string unit) => unit switch
    {
        "fraction" or "nats" => Number(value, 3),
        "s" => Seconds(value),
        "us" => Seconds(value / 1e6),
        "B" => Bytes(value),
        "rows/s" => value.ToString("N0", Invariant) + " rows/s",
        "count" or "rows" => value.ToString("N0", Invariant),
        "flag" => value >= 0.5 ? "yes" : "no",
        "J" => Significant(value) + " J",
        "g" => Significant(value) + " g",
        "USD" => "$" + Significant(value),
        _ => Significant(value),
    };

    /// <summary>Seconds scaled to ns, us, ms or s.</summary>
    public static string Seconds(double seconds) => Math.Abs(seconds) switch
    {
        < 1e-6 => Significant(seconds * 1e9) + " ns",
        < 1e-3 => Significant(seconds * 1e6) + " us",
        < 1 => Significant(seconds * 1e3) + " ms",
        _ => Significant(seconds) + " s",
    };

    /// <summary>Bytes scaled to B, KB, MB or GB (powers of 1000).</summary>
    public static string Bytes(double bytes) => Math.Abs(bytes) switch
    {
        < 1e3 => bytes.ToString("0", Invariant) + " B",
        < 1e6 => Significant(bytes / 1e3) + " KB",
        < 1e9 => Significant(bytes / 1e6) + " MB",
        _ => Significant(bytes / 1e9) + " GB",
    };

    private static string Number(double value, int decimals) => value.ToString("F" + decimals.ToString(Invariant), Invariant);

    // Three significant digits, never scientific notation for the magnitudes a report shows.
    private static string Significant(double value)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(2 - magnitude, 0, 6);
        return value.ToString("F" + decimals.ToString(Invariant), Invariant);
    }
}
