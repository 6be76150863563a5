namespace Tradeoff.Core.Qualities;

/// <summary>
/// The unit of a declared quality on an ordered scale names its levels, lowest first: <c>levels:low&lt;medium&lt;high</c>,
/// values being the levels' places (0, 1, 2). Units travel with every value, limit and scale, so each place that
/// writes a value (<see cref="QualityFormat"/>) or reads a limit (a constraint's <c>&lt;= medium</c>) finds the
/// level names in the unit itself rather than in a lookup every layer would have to be handed.
/// </summary>
public static class OrderedScale
{
    private const string Prefix = "levels:";

    /// <summary>The unit of the scale <paramref name="levels"/>, lowest first.</summary>
    public static string Unit(IEnumerable<string> levels) => Prefix + string.Join('<', levels);

    /// <summary>The levels of an ordered-scale unit, lowest first, or null for any other unit.</summary>
    public static IReadOnlyList<string>? Levels(string unit) =>
        unit is not null && unit.StartsWith(Prefix, StringComparison.Ordinal) ? unit[Prefix.Length..].Split('<') : null;

    /// <summary>The level at place <paramref name="value"/> of <paramref name="unit"/>, or null when it is not a whole place of the scale.</summary>
    public static string? Name(double value, string unit) =>
        Levels(unit) is { } levels && value >= 0 && value < levels.Count && value == Math.Floor(value) ? levels[(int)value] : null;

    /// <summary>How a unit reads for people: <c>low &lt; medium &lt; high</c> for an ordered scale, else the unit.</summary>
    public static string Readable(string unit) => Levels(unit) is { } levels ? string.Join(" < ", levels) : unit;
}
