using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Studies;

/// <summary>
/// What a study file is checked against. The caller passes the techniques it knows, so that reading a study
/// does not depend on the technique projects.
/// </summary>
/// <param name="TechniqueIds">The ids a study may name.</param>
/// <param name="SettingsOf">The declared settings of a technique id, or null when the id is unknown.</param>
public sealed record StudyValidationContext(
    IReadOnlyCollection<string> TechniqueIds,
    Func<string, IReadOnlyList<SettingDeclaration>?> SettingsOf)
{
    /// <summary>Whether a quality id can be measured; by default, whether <see cref="QualityCatalog.Find(string)"/> knows it.</summary>
    public Func<string, bool> IsKnownQuality { get; init; } = static id => QualityCatalog.Find(id) is not null;

    /// <summary>The quality ids offered in "did you mean" hints and whose dotted prefixes name groups (<c>latency</c>).</summary>
    public IReadOnlyCollection<string> QualityIds { get; init; } = [.. QualityCatalog.Ids];

    /// <summary>A context for every technique of <paramref name="catalog"/> and every quality of the catalog.</summary>
    public static StudyValidationContext For(TechniqueCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new([.. catalog.Ids], id => catalog.Find(id)?.Settings);
    }
}
