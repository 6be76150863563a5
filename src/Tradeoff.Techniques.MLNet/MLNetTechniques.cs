using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>The techniques adapted from ML.NET: registering one is its line here.</summary>
public static class MLNetTechniques
{
    /// <summary>Their descriptors: gradient-boosting (LightGBM), logistic-regression, linear-regression.</summary>
    public static IReadOnlyList<TechniqueDescriptor> All { get; } =
    [
        GradientBoostingTechnique.Descriptor,
        LogisticRegressionTechnique.Descriptor,
        LinearRegressionTechnique.Descriptor,
    ];
}
