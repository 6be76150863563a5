using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Features;

/// <summary>Which shared transformations a technique needs before it sees the data.</summary>
/// <param name="OneHot">Encode nominal features as one 0/1 column per level.</param>
/// <param name="Standardize">Scale numeric features to mean 0 and standard deviation 1.</param>
/// <param name="Impute">Replace missing values (median or mode) and add a missing indicator.</param>
public sealed record FeaturizationPlan(bool OneHot, bool Standardize, bool Impute)
{
    /// <summary>The plan a technique's capabilities call for.</summary>
    public static FeaturizationPlan For(TechniqueCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return new(!capabilities.HandlesCategorical, capabilities.NeedsScaling, !capabilities.HandlesMissing);
    }

    /// <summary>True when the data pass through unchanged.</summary>
    public bool IsIdentity => !OneHot && !Standardize && !Impute;
}
