using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques;

/// <summary>The techniques this project implements itself, in presentation order.</summary>
public static class OwnTechniques
{
    /// <summary>Their descriptors.</summary>
    public static IReadOnlyList<TechniqueDescriptor> All { get; } =
    [
        Baseline.BaselineTechnique.Descriptor,
        OneRule.OneRuleTechnique.Descriptor,
        Trees.DecisionTreeTechnique.Descriptor,
        Trees.RandomForestTechnique.Descriptor,
        NaiveBayes.NaiveBayesTechnique.Descriptor,
        NearestNeighbours.NearestNeighboursTechnique.Descriptor,
    ];
}
