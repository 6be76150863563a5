namespace Tradeoff.Core.Techniques;

/// <summary>
/// The setting values a study gives one technique instance, as text keyed by kebab-case name. Each
/// <see cref="SettingDeclaration{T}"/> reads its own typed value from them, or its default.
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

    /// <summary>Fails on any key that <paramref name="known"/> does not declare, and on any value its declaration does not accept.</summary>
    public void EnsureValid(string techniqueId, IEnumerable<SettingDeclaration> known)
    {
        var declared = known.ToDictionary(h => h.Name, StringComparer.Ordinal);
        foreach (var (key, text) in _values)
        {
            if (!declared.TryGetValue(key, out var setting))
            {
                var list = declared.Count == 0 ? "it has none" : "known: " + string.Join(", ", declared.Keys.Order(StringComparer.Ordinal));
                throw new InputException($"technique '{Name}' ({techniqueId}): unknown setting '{key}'; {list}.");
            }

            if (!setting.Accepts(text))
            {
                throw setting.Refused(Name, text);
            }
        }
    }
}
