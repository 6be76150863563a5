namespace Tradeoff.Core.Techniques;

/// <summary>
/// What the catalog knows of a technique before creating it: id, summary, capabilities, declared settings,
/// and how to create it with given settings.
/// </summary>
public sealed record TechniqueDescriptor
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>One line for <c>tradeoff techniques</c>.</summary>
    public required string Summary { get; init; }

    /// <summary>Its kind of learning method, which places it in a composed catalog (<see cref="TechniqueCatalog.Compose"/>).</summary>
    public TechniqueFamily Family { get; init; } = TechniqueFamily.Other;

    /// <summary>What it can do, known before training.</summary>
    public required TechniqueCapabilities Capabilities { get; init; }

    /// <summary>Its settings, declared once each, in the order <c>tradeoff techniques --details</c> lists them.</summary>
    public IReadOnlyList<SettingDeclaration> Settings { get; init; } = [];

    /// <summary>
    /// The settings tuning varies and their ranges (<c>protocol.tuning</c>), each derived from a declaration of
    /// <see cref="Settings"/> (<see cref="SettingSearch"/>), in the order tuning walks them; empty when there is nothing to tune.
    /// </summary>
    public SearchSpace Search { get; init; } = SearchSpace.Empty;

    /// <summary>Creates the technique with <c>settings</c>; unknown or invalid settings throw <see cref="InputException"/>.</summary>
    public required Func<TechniqueSettings, ITechnique> Create { get; init; }

    /// <summary>
    /// Why the technique cannot run on this machine (a native library that does not load), or null when it can.
    /// Checked once, lazily, so that listing techniques never loads native code it does not need.
    /// </summary>
    public Func<string?> CheckAvailability { get; init; } = static () => null;

    /// <summary>Creates the technique after checking every key of <paramref name="settings"/> is declared and every value accepted.</summary>
    public ITechnique CreateChecked(TechniqueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnsureValid(Id, Settings);
        return Create(settings);
    }
}
