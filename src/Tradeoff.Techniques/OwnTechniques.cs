using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques;

/// <summary>
/// The techniques this project implements itself: registering one is its line here (the CLI's catalog composes the
/// registrations and orders them by <see cref="TechniqueDescriptor.Family"/>).
/// </summary>
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
