namespace Tradeoff.Core.Techniques;

/// <summary>The settings a tuner varies for one technique, with their ranges; empty for a technique with nothing to tune.</summary>
public sealed class SearchSpace
{
    /// <summary>Creates a space over <paramref name="dimensions"/>, whose names must differ.</summary>
    public SearchSpace(IReadOnlyList<SearchDimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count() != dimensions.Count)
        {
            throw new ArgumentException("Search dimensions must have distinct names.", nameof(dimensions));
        }

        Dimensions = dimensions;
    }

    /// <summary>Nothing to tune.</summary>
    public static SearchSpace Empty { get; } = new([]);

    /// <summary>The dimensions, in the order the technique documents them.</summary>
    public IReadOnlyList<SearchDimension> Dimensions { get; }

    /// <summary>True when there is nothing to tune.</summary>
    public bool IsEmpty => Dimensions.Count == 0;

    /// <summary>The space without the settings a study fixed: those are not searched.</summary>
    public SearchSpace Without(IEnumerable<string> fixedKeys)
    {
        var keys = fixedKeys.ToHashSet(StringComparer.Ordinal);
        return new SearchSpace(Dimensions.Where(d => !keys.Contains(d.Name)).ToList());
    }

    /// <summary>The space without the settings that do not matter for <paramref name="task"/>.</summary>
    public SearchSpace For(Data.TaskKind task) => new(Dimensions.Where(d => d.Tasks is null || d.Tasks.Contains(task)).ToList());

    /// <summary>The setting texts at the unit-interval point <paramref name="point"/> (one coordinate per dimension).</summary>
    public Dictionary<string, string> At(IReadOnlyList<double> point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Dimensions.Select((d, i) => (d.Name, Text: d.At(point[i]))).ToDictionary(p => p.Name, p => p.Text, StringComparer.Ordinal);
    }
}
