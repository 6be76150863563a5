namespace Tradeoff.Selection.Constraints;

/// <summary>
/// The units a constraint may be written in, each with its dimension and its power of ten relative to the
/// dimension's base (seconds, bytes, fraction...). Byte multiples are powers of 1000 (KB = 1,000 B), as disk and
/// network sizes are. Powers of ten rather than factors so that conversions are exact (1ms is 1000us, not 999.99...).
/// </summary>
internal static class Units
{
    private static readonly (string Symbol, string Dimension, int Power)[] Known =
    [
        ("ns", "time", -9), ("us", "time", -6), ("µs", "time", -6), ("ms", "time", -3), ("s", "time", 0),
        ("B", "bytes", 0), ("KB", "bytes", 3), ("MB", "bytes", 6), ("GB", "bytes", 9),
        ("%", "fraction", -2), ("rows/s", "throughput", 0), ("J", "energy", 0), ("g", "mass", 0),
    ];

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
}
