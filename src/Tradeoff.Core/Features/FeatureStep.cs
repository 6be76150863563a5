namespace Tradeoff.Core.Features;

/// <summary>
/// What the fitted featurization does to one raw feature, for a writer that must do the same elsewhere (an exported
/// model's graph): the output slots it writes are, in order, the one-hot levels (or the one value), then the missing
/// indicator.
/// </summary>
/// <param name="Name">The raw feature's name.</param>
/// <param name="Nominal">True for a nominal feature (its value is a level index).</param>
/// <param name="Levels">The nominal feature's levels, in index order; empty for a numeric feature.</param>
/// <param name="OneHot">The nominal feature is written as one 0/1 slot per level (missing: all 0).</param>
/// <param name="Standardize">The numeric value is written as (value - Mean) / Scale.</param>
/// <param name="Impute">A missing value is replaced by <paramref name="Fill"/> (a level index when nominal and not one-hot).</param>
/// <param name="Indicator">A last slot says 1 when the value is missing, else 0.</param>
/// <param name="Fill">The median (numeric) or mode (nominal) of the training values.</param>
/// <param name="Mean">The training mean, for standardization.</param>
/// <param name="Scale">The training standard deviation (1 for a constant column), for standardization.</param>
public sealed record FeatureStep(
    string Name,
    bool Nominal,
    IReadOnlyList<string> Levels,
    bool OneHot,
    bool Standardize,
    bool Impute,
    bool Indicator,
    float Fill,
    float Mean,
    float Scale)
{
    /// <summary>The output slots this step writes.</summary>
    public int Width => (Nominal && OneHot ? Levels.Count : 1) + (Indicator ? 1 : 0);
}
