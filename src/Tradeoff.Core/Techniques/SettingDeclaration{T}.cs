namespace Tradeoff.Core.Techniques;

/// <summary>A setting declaration that reads its typed value from a study's <see cref="TechniqueSettings"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class SettingDeclaration<T> : SettingDeclaration
{
    private readonly SettingParser<T> _parse;

    internal SettingDeclaration(string name, string type, T defaultValue, string defaultText, string description, string expected, SettingParser<T> parse)
        : base(name, type, defaultText, description, expected)
    {
        _parse = parse;
        DefaultValue = defaultValue;
        if (!Accepts(defaultText))
        {
            throw new ArgumentException($"The default '{defaultText}' of '{name}' is not {expected}.", nameof(defaultValue));
        }
    }

    /// <summary>The value when a study does not set it.</summary>
    public T DefaultValue { get; }

    /// <summary>
    /// Declares that the default adapts to the training data by <paramref name="rule"/> (shown by
    /// <c>tradeoff techniques --details</c>); the technique applies the rule when <see cref="SettingDeclaration.IsGiven"/> is false.
    /// </summary>
    public SettingDeclaration<T> AdaptingBy(string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        Adapts = rule;
        return this;
    }

    /// <inheritdoc/>
    public override bool Accepts(string text) => TryParse(text, out _);

    /// <summary>The value <paramref name="settings"/> gives, or the default; a value it does not accept throws <see cref="InputException"/> naming the technique and the key.</summary>
    public T Read(TechniqueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Values.TryGetValue(Name, out var text))
        {
            return DefaultValue;
        }

        return TryParse(text, out var value) ? value : throw Refused(settings.Name, text);
    }

    private bool TryParse(string text, out T value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _parse(text, out value);
    }
}

/// <summary>Reads a setting's text as a value; false when the text is not one.</summary>
internal delegate bool SettingParser<T>(string text, out T value);
