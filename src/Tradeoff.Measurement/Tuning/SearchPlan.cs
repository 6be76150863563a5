using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tuning;

/// <summary>What one technique's search needs: the technique, the settings the study fixed, the space left to search, the study's tuning and the metric.</summary>
internal sealed record SearchPlan
{
    public required string Name { get; init; }

    public required TechniqueDescriptor Descriptor { get; init; }

    public required IReadOnlyDictionary<string, string> Fixed { get; init; }

    public required SearchSpace Space { get; init; }

    public required TuningSpec Spec { get; init; }

    /// <summary>The predictive quality configurations are compared on.</summary>
    public required string Metric { get; init; }

    /// <summary>The study's seed: the strategy's draws derive from it, so every search proposes alike.</summary>
    public required int Seed { get; init; }

    /// <summary>The defaults of the searched settings, as the technique declares them.</summary>
    public Dictionary<string, string> Defaults() =>
        Space.Dimensions.ToDictionary(
            d => d.Name,
            d => Descriptor.Settings.FirstOrDefault(h => h.Name == d.Name)?.Default ?? d.At(0.5),
            StringComparer.Ordinal);

    /// <summary>The fixed settings with <paramref name="searched"/> on top: what the technique is created with.</summary>
    public Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> searched)
    {
        var merged = new Dictionary<string, string>(Fixed, StringComparer.Ordinal);
        foreach (var (key, value) in searched)
        {
            merged[key] = value;
        }

        return merged;
    }

    /// <summary>The cheapest point: settings that move the cost at their cheap end, the others at their default.</summary>
    public double[] CheapestPoint()
    {
        var defaults = Defaults();
        return Space.Dimensions.Select(d => d.CheapEnd ?? AtDefault(d, defaults[d.Name])).ToArray();
    }

    // A default outside the searched range (a tree's unlimited depth, 0) starts from the middle.
    private static double AtDefault(SearchDimension dimension, string text)
    {
        var position = dimension.PositionOf(text);
        return double.IsNaN(position) ? 0.5 : position;
    }
}
