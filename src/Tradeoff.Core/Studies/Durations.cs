using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradeoff.Core.Studies;

/// <summary>
/// Durations as a study and the command line write them: a positive number and one of <c>ms</c>, <c>s</c>, <c>m</c>,
/// <c>h</c> (<c>500ms</c>, <c>30s</c>, <c>10m</c>, <c>2h</c>); one grammar for <c>protocol.time-limit</c>,
/// <c>tuning.budget</c>, <c>tradeoff run --time-budget</c> and <c>tradeoff init</c>'s training budget.
/// </summary>
public static partial class Durations
{
    /// <summary>What a duration looks like, for error messages.</summary>
    public const string Examples = "500ms, 30s, 10m or 2h";

    /// <summary>Reads <paramref name="text"/>; false when it is not a positive duration of the grammar.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        var amount = double.Parse(match.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var milliseconds = amount * match.Groups["unit"].Value switch
        {
            "ms" => 1.0,
            "s" => 1_000.0,
            "m" => 60_000.0,
            _ => 3_600_000.0,
        };
        if (milliseconds <= 0 || milliseconds >= TimeSpan.MaxValue.TotalMilliseconds)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    [GeneratedRegex(@"^(?<amount>[0-9]+(\.[0-9]+)?)\s*(?<unit>ms|s|m|h)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
