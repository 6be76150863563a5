using System.Globalization;

namespace Tradeoff.Core.Qualities;

/// <summary>
/// The units a value may be written in (constraints, scales), each with its dimension and its power of ten relative
/// to the dimension's base (seconds, bytes, fraction...). Byte multiples are powers of 1000 (KB = 1,000 B), as disk
/// and network sizes are. Powers of ten rather than factors so that conversions are exact (1ms is 1000us, not 999.99...).
/// </summary>
public static class Units
{
    private static readonly (string Symbol, string Dimension, int Power)[] Known =
    [
        ("ns", "time", -9), ("us", "time", -6), ("µs", "time", -6), ("ms", "time", -3), ("s", "time", 0),
        ("B", "bytes", 0), ("KB", "bytes", 3), ("MB", "bytes", 6), ("GB", "bytes", 9),
        ("%", "fraction", -2), ("rows/s", "throughput", 0), ("J", "energy", 0), ("g", "mass", 0),
    ];

    /// <summary>
    /// The units catalog values are stored in, each written by <see cref="QualityFormat"/>: <c>fraction</c> (0 to 1,
    /// shown as a percentage), <c>s</c>, <c>us</c>, <c>B</c>, <c>rows/s</c>, <c>J</c>, <c>g</c>, <c>USD</c>,
    /// <c>nats</c>, <c>target</c> (the regression target's own unit), <c>count</c>, <c>rows</c>, <c>flag</c>
    /// (1 yes, 0 no) and <c>exponent</c>.
    /// </summary>
    public static IReadOnlyList<string> CatalogUnits { get; } =
        ["fraction", "s", "us", "B", "rows/s", "J", "g", "USD", "nats", "target", "count", "rows", "flag", "exponent"];

    /// <summary>Every unit symbol, for error messages.</summary>
    public static IEnumerable<string> Symbols => Known.Select(k => k.Symbol);

    /// <summary>The dimension and power of ten of a written unit, or null when unknown (symbols are case-sensitive: MB, not mb).</summary>
    public static (string Dimension, int Power)? Find(string symbol)
    {
        foreach (var (s, dimension, power) in Known)
        {
            if (s == symbol)
            {
                return (dimension, power);
            }
        }

        return null;
    }

    /// <summary>The dimension and power of ten of a catalog unit; null for units only plain numbers fit (count, nats, USD...).</summary>
    public static (string Dimension, int Power)? OfCatalogUnit(string unit) => unit switch
    {
        "fraction" => ("fraction", 0),
        _ => Find(unit),
    };

    /// <summary>Scales <paramref name="value"/> by 10^<paramref name="power"/>, dividing for negative powers so that 85 x 10^-2 is exactly 0.85.</summary>
    public static double Scale(double value, int power) =>
        power >= 0 ? value * Math.Pow(10, power) : value / Math.Pow(10, -power);

    /// <summary>True when a catalog unit can be appended to a number in a constraint (us, s, B, rows/s, J, g).</summary>
    public static bool IsWritable(string unit) => unit != "fraction" && Find(unit) is not null;

    /// <summary>The written units that fit a catalog unit, for error messages.</summary>
    public static IReadOnlyList<string> Fitting(string catalogUnit)
    {
        var target = OfCatalogUnit(catalogUnit);
        return target is null ? [] : Known.Where(k => k.Dimension == target.Value.Dimension).Select(k => k.Symbol).ToList();
    }

    /// <summary>
    /// <paramref name="value"/> written with <paramref name="symbol"/> (null: a plain number, already in the catalog
    /// unit) converted to <paramref name="quality"/>'s catalog unit, or null with the problem in words. A plain number
    /// above 1 on a fraction is refused (write 0.85 or 85%). <paramref name="at"/> is put after the symbol in the
    /// problem (<c> at character 16</c>), or is empty.
    /// </summary>
    public static double? ToCatalogUnit(double value, string? symbol, QualityDescriptor quality, string at, out string problem)
    {
        ArgumentNullException.ThrowIfNull(quality);
        problem = string.Empty;
        if (symbol is null)
        {
            if (quality.Unit == "fraction" && Math.Abs(value) > 1)
            {
                problem = $"{quality.Id} is a fraction{at}: write {Format(value / 100)} or {Format(value)}%";
                return null;
            }

            return value;
        }

        var unit = Find(symbol);
        if (unit is null)
        {
            problem = $"unknown unit '{symbol}'{at}{Suggestions.DidYouMean(symbol, Symbols)}; known: {string.Join(", ", Symbols)}";
            return null;
        }

        var target = OfCatalogUnit(quality.Unit);
        if (target is null || target.Value.Dimension != unit.Value.Dimension)
        {
            var fitting = Fitting(quality.Unit);
            var use = fitting.Count == 0 ? "use a plain number" : $"use a plain number or {string.Join(", ", fitting)}";
            problem = $"unit '{symbol}'{at} does not fit {quality.Id}, measured in {quality.Unit}; {use}";
            return null;
        }

        return Scale(value, unit.Value.Power - target.Value.Power);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
