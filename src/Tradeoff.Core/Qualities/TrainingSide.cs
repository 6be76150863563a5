namespace Tradeoff.Core.Qualities;

/// <summary>
/// The qualities that measure training (its cost, what it needs, how it reacts to its rows): for a pre-trained model
/// (<see cref="Techniques.TechniqueCapabilities.Pretrained"/>) each is "not applicable: pre-trained", never blank.
/// Every other quality is measured on predictions and applies to any model.
/// </summary>
public static class TrainingSide
{
    /// <summary>The reason every training-side quality of a pre-trained model carries.</summary>
    public const string NotApplicable = "not applicable: pre-trained";

    /// <summary>The training-side quality ids.</summary>
    public static IReadOnlySet<string> Ids { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        QualityIds.TrainTime, QualityIds.TrainCpuTime, QualityIds.TrainMemory, QualityIds.TrainAllocated,
        QualityIds.EnergyTrain, QualityIds.Co2Train, QualityIds.CostTrain,
        QualityIds.RobustnessLabelNoise, QualityIds.RobustnessLabelNoiseDrop,
        QualityIds.StabilityAccuracySpread, QualityIds.StabilityBootstrapSpread, QualityIds.StabilityChurn,
        QualityIds.PrivacyGeneralizationGap, QualityIds.PrivacyLossGap, QualityIds.PrivacyMembershipAuc,
        QualityIds.DataNeedsAccuracy10, QualityIds.DataNeedsAccuracy25, QualityIds.DataNeedsAccuracy50, QualityIds.DataNeedsAccuracy100, QualityIds.DataNeedsRowsTo95,
        QualityIds.ScaleTrainTimeExponent, QualityIds.ScaleTrainMemoryExponent, QualityIds.ScaleModelSizeExponent, QualityIds.ScaleProjectedTrainTime, QualityIds.ScaleProjectedModelSize,
        QualityIds.IncrementalUpdateTime, QualityIds.IncrementalRetrainTime, QualityIds.IncrementalUpdateAccuracy, QualityIds.IncrementalAccuracyLoss, QualityIds.IncrementalStreamAccuracy,
    };
}
