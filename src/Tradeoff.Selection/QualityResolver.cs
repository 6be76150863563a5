using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>Looks up objectives and weighted qualities in the catalog and the study's declared qualities, for their unit and direction.</summary>
internal static class QualityResolver
{
    public static QualityDescriptor Resolve(string id, string role, IReadOnlyList<DeclaredQuality> declared)
    {
        var descriptor = QualityCatalog.Find(id, declared)
            ?? throw new InputException($"unknown quality '{id}' in the {role}{Suggestions.DidYouMean(id, QualityCatalog.Ids.Concat(declared.Select(d => d.Id)))}");
        if (descriptor.Direction == Direction.None)
        {
            throw new InputException($"quality '{id}' in the {role} has no better direction, so it cannot rank candidates");
        }

        return descriptor;
    }

    /// <summary>The value turned into a cost (lower is better); missing or NaN values become +infinity, the worst.</summary>
    public static double Cost(double value, Direction direction) =>
        double.IsNaN(value) ? double.PositiveInfinity : direction == Direction.HigherIsBetter ? -value : value;
}
