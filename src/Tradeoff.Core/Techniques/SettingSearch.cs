using System.Globalization;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// A setting's search dimension, derived from its declaration: the name, whole numbers or reals, and the choices
/// come from the setting, and every value searched must be one the setting accepts. A technique lists them in
/// <see cref="TechniqueDescriptor.Search"/> in the order tuning walks them.
/// </summary>
public static class SettingSearch
{
    /// <summary>An integer setting searched from <paramref name="low"/> to <paramref name="high"/>; see <see cref="SearchDimension.Int"/>.</summary>
    public static SearchDimension Searched(this SettingDeclaration<int> setting, int low, int high, int cost = 0, bool log = false)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return Accepted(setting, SearchDimension.Int(setting.Name, low, high, cost, log), [SettingText.Of(low), SettingText.Of(high)]);
    }

    /// <summary>A real setting searched from <paramref name="low"/> to <paramref name="high"/>; see <see cref="SearchDimension.Real"/>.</summary>
    public static SearchDimension Searched(this SettingDeclaration<double> setting, double low, double high, int cost = 0, bool log = false)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return Accepted(setting, SearchDimension.Real(setting.Name, low, high, cost, log), [Exact(low), Exact(high)]);
    }

    /// <summary>A choice setting searched over every one of its choices, in the order declared.</summary>
    public static SearchDimension Searched(this SettingDeclaration<string> setting, int cost = 0)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return setting.Choices.Count == 0
            ? throw new ArgumentException($"'{setting.Name}' is not a choice setting; name the values to search.", nameof(setting))
            : SearchDimension.Choice(setting.Name, setting.Choices, cost);
    }

    /// <summary>Any setting searched over <paramref name="values"/> (a real's few useful values, a list's layouts), cheapest first when <paramref name="cost"/> is +1.</summary>
    public static SearchDimension SearchedAmong(this SettingDeclaration setting, IReadOnlyList<string> values, int cost = 0)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(values);
        return Accepted(setting, SearchDimension.Choice(setting.Name, values, cost), values);
    }

    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static SearchDimension Accepted(SettingDeclaration setting, SearchDimension dimension, IEnumerable<string> values) =>
        values.FirstOrDefault(v => !setting.Accepts(v)) is { } refused
            ? throw new ArgumentException($"'{setting.Name}' would be searched at '{refused}', which is not {setting.Expected}.", nameof(setting))
            : dimension;
}
