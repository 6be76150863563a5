using System.Globalization;

namespace Tradeoff.Core.Techniques;

/// <summary>
/// The hyperparameter values a study sets for one technique, as text keyed by kebab-case name. Typed reads
/// fall back to the documented default and fail with a message that names the technique and the key.
/// </summary>
public sealed class TechniqueSettings
{
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Creates settings for the technique instance named <paramref name="name"/>.</summary>
    public TechniqueSettings(string name, IReadOnlyDictionary<string, string>? values = null)
    {
        Name = name;
        _values = values ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>The instance name (the technique id unless the study gives another).</summary>
    public string Name { get; }

    /// <summary>The keys the study set.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The values the study set, for reports.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>No settings: every default.</summary>
    public static TechniqueSettings Defaults(string id) => new(id);

    /// <summary>An integer setting.</summary>
    public int GetInt(string key, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Invalid(key, text, $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    /// <summary>A real-valued setting.</summary>
    public double GetDouble(string key, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max || double.IsNaN(value))
        {
            throw Invalid(key, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    /// <summary>A yes/no setting.</summary>
    public bool GetBool(string key, bool defaultValue)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        return text.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" => true,
            "FALSE" or "NO" or "OFF" => false,
            _ => throw Invalid(key, text, "true or false"),
        };
    }

    /// <summary>A setting that takes one of <paramref name="choices"/>.</summary>
    public string GetChoice(string key, string defaultValue, params string[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (!_values.TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        return choices.Contains(text, StringComparer.Ordinal) ? text : throw Invalid(key, text, "one of " + string.Join(", ", choices));
    }

    /// <summary>A list of integers written <c>[300, 100]</c> or <c>300,100</c>.</summary>
    public int[] GetIntList(string key, int[] defaultValue)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        var parts = text.Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out result[i]) || result[i] <= 0)
            {
                throw Invalid(key, text, "a list of positive integers such as [300, 100]");
            }
        }

        return result;
    }

    /// <summary>Fails on any key that <paramref name="known"/> does not document.</summary>
    public void EnsureKnown(string techniqueId, IEnumerable<HyperparameterInfo> known)
    {
        var names = known.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _values.Keys)
        {
            if (!names.Contains(key))
            {
                var list = names.Count == 0 ? "it has none" : "known: " + string.Join(", ", names.Order(StringComparer.Ordinal));
                throw new InputException($"technique '{Name}' ({techniqueId}): unknown setting '{key}'; {list}.");
            }
        }
    }

    private InputException Invalid(string key, string text, string expected) =>
        new($"technique '{Name}': setting '{key}' is '{text}'; expected {expected}.");
}
