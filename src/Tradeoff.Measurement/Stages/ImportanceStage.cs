using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>importance: permutation importance of the features on the held-out parts.</summary>
internal sealed class ImportanceStage : IQualityProbe
{
    /// <summary>Permutations per feature and part.</summary>
    private const int ImportanceRepeats = 3;

    /// <summary>
    /// The most features evaluated in full; beyond it, those with the largest drops in a cheap screening of every
    /// feature, so 784 pixels cannot stall a run. A count, not a time: a cap of 10 s made the value depend on the
    /// machine's speed and load (Fashion-MNIST's tree evaluated 24 features in one run and 459 in another, its
    /// importance 0.0178 and 0.1215) and the techniques' values incomparable (the forest 34 features, the tree 784).
    /// </summary>
    public const int MaxFeatures = 50;

    public const string Group = QualityIds.Importance;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.Importance, "fraction", Direction.None, "permutation importance: the largest score drop one feature causes (top 10 in details)", Group,
            "on the held-out parts, each feature shuffled in turn (seeded) and the score drop measured; the largest drop, the top 10 in details"),
        new(QualityIds.ImportanceAll, "fraction", Direction.None, "permutation importance of every feature evaluated", Group,
            "the same permutation importance as importance, for every feature evaluated"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run)
    {
        var (top, all) = ImportanceProbe.Measure(run.Run.Parts!, ImportanceRepeats, MaxFeatures, run.Protocol.Seed, run.Run.Budget, run.PartsText);
        run.Set(QualityIds.Importance, top);
        run.Set(QualityIds.ImportanceAll, all);
    }
}
