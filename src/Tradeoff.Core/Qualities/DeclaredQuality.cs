using System.Globalization;
using Tradeoff.Core.Results;

namespace Tradeoff.Core.Qualities;

/// <summary>
/// A quality a study states per technique instead of measuring it: a project or design attribute such as engineering
/// effort, the team's skills or a licence's cost (the lecture's project constraints). Declared in the study's
/// <c>declared</c> section, it extends the catalog for that study only (<see cref="QualityCatalog.Find(string, IReadOnlyList{DeclaredQuality})"/>);
/// its values are exact, with no interval, and every report marks them "declared".
/// </summary>
/// <param name="Id">Kebab-case id, distinct from every catalog quality and capability.</param>
/// <param name="Unit">The unit of a numeric declared quality (<c>USD</c>, <c>person-days</c>); for an ordered scale <see cref="OrderedScale.Unit"/> of its levels.</param>
/// <param name="Direction">Which way it improves.</param>
/// <param name="Description">One line for reports.</param>
/// <param name="Levels">The ordered scale from lowest to highest (<c>[low, medium, high]</c>), stored as 0, 1, 2...; empty for a numeric one.</param>
public sealed record DeclaredQuality(string Id, string Unit, Direction Direction, string Description, IReadOnlyList<string> Levels)
{
    /// <summary>The quality group of every declared quality.</summary>
    public const string Group = "declared";

    /// <summary>The mark reports put beside a declared value, never shown as measured.</summary>
    public const string Mark = "declared";

    /// <summary>True when the quality takes levels of an ordered scale rather than numbers.</summary>
    public bool IsOrdered => Levels.Count > 0;

    /// <summary>The protocol line: where the values come from.</summary>
    public string Protocol => IsOrdered
        ? $"declared in the study on the ordered scale {string.Join(" < ", Levels)}; not measured, exact"
        : $"declared in the study in {Unit}; not measured, exact";

    /// <summary>Its descriptor, in the group <see cref="Group"/>.</summary>
    public QualityDescriptor Descriptor => new(Id, Unit, Direction, Description, Group, Protocol);

    /// <summary>The value of <paramref name="text"/> as written in the study: a level's place, or a number; null when it is neither.</summary>
    public double? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsOrdered)
        {
            var place = Levels.ToList().IndexOf(text.Trim());
            return place >= 0 ? place : null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
    }

    /// <summary>What a value must be, for error messages: <c>one of low, medium, high</c> or <c>a number in USD</c>.</summary>
    public string Expected => IsOrdered ? "one of " + string.Join(", ", Levels) : $"a finite number in {Unit}";

    /// <summary>The exact value of a technique as the study states it (<paramref name="text"/> must read, see <see cref="Read"/>).</summary>
    public QualityValue Value(string text) => new()
    {
        Value = Read(text) ?? throw new ArgumentException($"'{text}' is not {Expected}.", nameof(text)),
        Unit = Unit,
        Direction = Direction,
        Protocol = Protocol,
        Declared = QualityFormat.Value(Read(text)!.Value, Unit),
    };
}
