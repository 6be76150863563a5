using System.Globalization;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// One setting a tuner may vary, its range and how the cost of a fit moves along it. Positions in the range are
/// also expressed on the unit interval, where 0 is the cheap end when the cost moves with the setting, which is
/// what the cost-frugal search walks on.
/// </summary>
public sealed record SearchDimension
{
    /// <summary>The setting's kebab-case key (<c>max-depth</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Linear, logarithmic or a choice.</summary>
    public SearchScale Scale { get; init; }

    /// <summary>The lowest value (not used by choices).</summary>
    public double Low { get; init; }

    /// <summary>The highest value (not used by choices).</summary>
    public double High { get; init; }

    /// <summary>True when the setting takes whole numbers.</summary>
    public bool Integer { get; init; }

    /// <summary>The values of a choice, as setting text.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// +1 when a fit costs more as the value grows (more trees; for a choice, later choices), -1 when it costs
    /// less (larger minimum leaves), 0 when the setting barely changes the cost.
    /// </summary>
    public int Cost { get; init; }

    /// <summary>The tasks the setting matters for; null means every task (a tree's split criterion is for classification only).</summary>
    public IReadOnlySet<Data.TaskKind>? Tasks { get; init; }

    /// <summary>An integer setting from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static SearchDimension Int(string name, int low, int high, int cost = 0, bool log = false) =>
        Checked(new() { Name = name, Low = low, High = high, Integer = true, Cost = cost, Scale = log ? SearchScale.Log : SearchScale.Linear });

    /// <summary>A real setting from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static SearchDimension Real(string name, double low, double high, int cost = 0, bool log = false) =>
        Checked(new() { Name = name, Low = low, High = high, Cost = cost, Scale = log ? SearchScale.Log : SearchScale.Linear });

    /// <summary>A choice among <paramref name="choices"/>; with <paramref name="cost"/> +1 they are listed cheapest first.</summary>
    public static SearchDimension Choice(string name, IReadOnlyList<string> choices, int cost = 0) =>
        choices.Count < 2
            ? throw new ArgumentException("A choice needs at least two values.", nameof(choices))
            : new() { Name = name, Scale = SearchScale.Choice, Choices = choices, Cost = Math.Sign(cost) };

    /// <summary>The setting text at <paramref name="unit"/> (0 to 1) of the range; integers are rounded.</summary>
    public string At(double unit)
    {
        var u = Math.Clamp(double.IsNaN(unit) ? 0.5 : unit, 0, 1);
        if (Scale == SearchScale.Choice)
        {
            return Choices[Math.Min((int)(u * Choices.Count), Choices.Count - 1)];
        }

        var value = Scale == SearchScale.Log
            ? Math.Exp(Math.Log(Low) + (u * (Math.Log(High) - Math.Log(Low))))
            : Low + (u * (High - Low));
        return Integer
            ? ((long)Math.Round(Math.Clamp(value, Low, High))).ToString(CultureInfo.InvariantCulture)
            : Math.Clamp(value, Low, High).ToString("G4", CultureInfo.InvariantCulture);
    }

    /// <summary>Where the setting text <paramref name="text"/> lies on the unit interval; NaN when it is outside the range or not a value of it.</summary>
    public double PositionOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Scale == SearchScale.Choice)
        {
            var index = Choices.ToList().FindIndex(c => string.Equals(c, text, StringComparison.Ordinal));
            return index < 0 ? double.NaN : (index + 0.5) / Choices.Count;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < Low || value > High)
        {
            return double.NaN;
        }

        return Scale == SearchScale.Log
            ? (Math.Log(value) - Math.Log(Low)) / (Math.Log(High) - Math.Log(Low))
            : (value - Low) / (High - Low);
    }

    /// <summary>The unit position of the cheap end: 0 when cost grows with the value, 1 when it falls, null when it does not move.</summary>
    public double? CheapEnd => Cost switch
    {
        > 0 => 0,
        < 0 => 1,
        _ => null,
    };

    /// <summary>The range in words, for <c>tradeoff techniques --details</c>: <c>int 1..30, log, cost grows</c>.</summary>
    public string Describe()
    {
        var range = Scale == SearchScale.Choice
            ? string.Join(" | ", Choices)
            : $"{(Integer ? "int" : "real")} {Number(Low)}..{Number(High)}{(Scale == SearchScale.Log ? ", log scale" : string.Empty)}";
        var cost = Cost switch
        {
            > 0 => Scale == SearchScale.Choice ? ", cheapest first" : ", cost grows with it",
            < 0 => Scale == SearchScale.Choice ? ", cheapest last" : ", cost falls with it",
            _ => string.Empty,
        };
        return range + cost;
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static SearchDimension Checked(SearchDimension dimension) =>
        dimension.Low >= dimension.High || (dimension.Scale == SearchScale.Log && dimension.Low <= 0)
            ? throw new ArgumentException($"Bad range {dimension.Low}..{dimension.High} for '{dimension.Name}'.", nameof(dimension))
            : dimension with { Cost = Math.Sign(dimension.Cost) };
}
