namespace Tradeoff.Core.Techniques;

/// <summary>
/// One setting of a technique, declared once (ML.NET's options classes): its kebab-case key, its type, its default,
/// the values it accepts and one line of help. <c>tradeoff techniques --details</c>, the study reader's checks (with
/// the setting's place in the file), the technique's creation (<see cref="SettingDeclaration{T}.Read"/>) and its
/// search space (<see cref="SettingSearch"/>) all derive from it.
/// </summary>
public abstract class SettingDeclaration
{
    private protected SettingDeclaration(string name, string type, string defaultText, string description, string expected)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
        Default = defaultText;
        Description = description;
        Expected = expected;
    }

    /// <summary>Kebab-case key in the study file (<c>max-depth</c>).</summary>
    public string Name { get; }

    /// <summary>int, double, bool, int list, or the choices (<c>gini|entropy</c>).</summary>
    public string Type { get; }

    /// <summary>The default, as a study would write it.</summary>
    public string Default { get; }

    /// <summary>One line: what it controls.</summary>
    public string Description { get; }

    /// <summary>The values it accepts, in words (<c>an integer from 1 to 2147483647</c>).</summary>
    public string Expected { get; }

    /// <summary>
    /// The rule that sets the value from the training data when a study does not set it (<c>min(20, rows / 10)</c>),
    /// or null when the default is fixed; <see cref="Default"/> is then the value for large data and tuning's start.
    /// </summary>
    public string? Adapts { get; private protected set; }

    /// <summary>The default as <c>tradeoff techniques --details</c> shows it: the value, or <c>adapts: RULE</c>.</summary>
    public string DefaultText => Adapts is null ? Default : "adapts: " + Adapts;

    /// <summary>The values of a choice setting, in the order declared; empty for other settings.</summary>
    public IReadOnlyList<string> Choices { get; internal init; } = [];

    /// <summary>Whether the study sets this setting in <paramref name="settings"/> (then its value wins over an adaptive default).</summary>
    public bool IsGiven(TechniqueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Values.ContainsKey(Name);
    }

    /// <summary>Whether <paramref name="text"/> is a value this setting accepts.</summary>
    public abstract bool Accepts(string text);

    /// <summary>The error for <paramref name="text"/>, a value this setting does not accept, given to the technique instance <paramref name="instance"/>.</summary>
    internal InputException Refused(string instance, string text) => new($"technique '{instance}': setting '{Name}' is '{text}'; expected {Expected}.");

    /// <summary>An integer setting from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static SettingDeclaration<int> Int(string name, int defaultValue, string description, int min = int.MinValue, int max = int.MaxValue) =>
        new(name, "int", defaultValue, SettingText.Of(defaultValue), description, $"an integer from {SettingText.Of(min)} to {SettingText.Of(max)}", SettingText.IntParser(min, max));

    /// <summary>A real setting from <paramref name="min"/> to <paramref name="max"/>; NaN is never accepted.</summary>
    public static SettingDeclaration<double> Real(string name, double defaultValue, string description, double min = double.MinValue, double max = double.MaxValue) =>
        new(name, "double", defaultValue, SettingText.Of(defaultValue), description, $"a number from {SettingText.Bound(min)} to {SettingText.Bound(max)}", SettingText.RealParser(min, max));

    /// <summary>A yes/no setting (true, yes, on; false, no, off).</summary>
    public static SettingDeclaration<bool> Bool(string name, bool defaultValue, string description) =>
        new(name, "bool", defaultValue, defaultValue ? "true" : "false", description, "true or false", SettingText.ParseBool);

    /// <summary>A setting that takes one of <paramref name="choices"/>.</summary>
    public static SettingDeclaration<string> Choice(string name, string defaultValue, string description, params string[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(name, string.Join('|', choices), defaultValue, defaultValue, description, "one of " + string.Join(", ", choices), SettingText.ChoiceParser(choices))
        {
            Choices = choices,
        };
    }

    /// <summary>A list of positive integers, written <c>[300, 100]</c> in a study (<c>300,100</c> as setting text).</summary>
    public static SettingDeclaration<IReadOnlyList<int>> IntList(string name, IReadOnlyList<int> defaultValue, string description) =>
        new(name, "int list", defaultValue, SettingText.Of(defaultValue), description, "a list of positive integers such as [300, 100]", SettingText.ParseIntList);

    /// <summary>A setting kept as text, with its own rule: <paramref name="accepts"/>, described by <paramref name="type"/> and <paramref name="expected"/>.</summary>
    public static SettingDeclaration<string> Text(string name, string defaultValue, string type, string description, string expected, Func<string, bool> accepts)
    {
        ArgumentNullException.ThrowIfNull(accepts);
        return new(name, type, defaultValue, defaultValue, description, expected, (string text, out string value) =>
        {
            value = text;
            return accepts(text);
        });
    }
}
