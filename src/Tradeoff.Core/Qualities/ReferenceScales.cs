namespace Tradeoff.Core.Qualities;

/// <summary>
/// The reference scale of every quality that ranks (docs/SELECTION.md, "Scales", holds the same table with reasons).
/// Predictive qualities run linearly from chance to perfect; costs and counts logarithmically over ranges wide enough
/// for realistic extremes (a 100 ns prediction to a 1 s one); bounded shares where lower is better linearly from a
/// documented bad level to 0. A quality without an entry of its own (a new one) takes its unit's scale.
/// </summary>
public static class ReferenceScales
{
    private const double Day = 86_400;
    private const double Year = 365 * Day;

    private static readonly ReferenceScale ChanceToOne = new(ScaleKind.Linear, 0, 1, ChanceAnchored: true);
    private static readonly ReferenceScale Time = Log(Day, 1e-3);
    private static readonly ReferenceScale Latency = Log(1e6, 0.1);
    private static readonly ReferenceScale Memory = Log(1e11, 1e3);
    private static readonly ReferenceScale Size = Log(1e10, 1e3);
    private static readonly ReferenceScale Count = Log(1e9, 1);
    private static readonly ReferenceScale Gap = Linear(0.5, 0);

    private static readonly Dictionary<string, ReferenceScale> ById = new(StringComparer.Ordinal)
    {
        [QualityIds.Accuracy] = ChanceToOne,
        [QualityIds.MacroF1] = ChanceToOne,
        [QualityIds.Auc] = new(ScaleKind.Linear, 0.5, 1, ChanceAnchored: true),
        [QualityIds.LogLoss] = new(ScaleKind.Linear, Math.Log(10), 0, ChanceAnchored: true),
        [QualityIds.Rmse] = new(ScaleKind.Linear, 1, 0, ChanceAnchored: true),
        [QualityIds.Mae] = new(ScaleKind.Linear, 1, 0, ChanceAnchored: true),
        [QualityIds.R2] = ChanceToOne,
        [QualityIds.TrainTime] = Time,
        [QualityIds.TrainCpuTime] = Time,
        [QualityIds.IncrementalUpdateTime] = Time,
        [QualityIds.IncrementalRetrainTime] = Time,
        [QualityIds.ScaleProjectedTrainTime] = Log(Year, 1e-3),
        [QualityIds.LatencyP50] = Latency,
        [QualityIds.LatencyP90] = Latency,
        [QualityIds.LatencyP99] = Latency,
        [QualityIds.LatencyMax] = Latency,
        [QualityIds.TrainMemory] = Memory,
        [QualityIds.TrainAllocated] = Memory,
        [QualityIds.MeasurementMemory] = Memory,
        [QualityIds.InferenceAllocated] = Log(1e7, 1),
        [QualityIds.InferenceMemory] = Size,
        [QualityIds.ModelSize] = Size,
        [QualityIds.ScaleProjectedModelSize] = Log(1e12, 1e3),
        [QualityIds.Throughput] = Log(1, 1e9),
        [QualityIds.Parameters] = Count,
        [QualityIds.ComplexityLeaves] = Log(1e6, 1),
        [QualityIds.ComplexityRules] = Log(1e6, 1),
        [QualityIds.ComplexityNonzeroCoefficients] = Log(1e6, 1),
        [QualityIds.ComplexityDepth] = Log(100, 1),
        [QualityIds.ComplexityMeanRuleLength] = Log(100, 1),
        [QualityIds.EnergyTrain] = Log(1e7, 1e-3),
        [QualityIds.EnergyPredict] = Log(1e3, 1e-6),
        [QualityIds.Co2Train] = Log(1e4, 1e-6),
        [QualityIds.CostTrain] = Log(1e3, 1e-8),
        [QualityIds.CostPredict] = Log(1e4, 1e-6),
        [QualityIds.ScaleDailyInferenceCost] = Log(1e6, 1e-6),
        [QualityIds.DataNeedsRowsTo95] = Log(1e8, 10),
        [QualityIds.Interpretability] = Linear(0, 1),
        [QualityIds.RobustnessNoiseDrop] = Gap,
        [QualityIds.RobustnessNominalNoiseDrop] = Gap,
        [QualityIds.RobustnessLabelNoiseDrop] = Gap,
        [QualityIds.StabilityAccuracySpread] = Linear(0.1, 0),
        [QualityIds.StabilityBootstrapSpread] = Linear(0.1, 0),
        [QualityIds.StabilityChurn] = Gap,
        [QualityIds.FairnessAccuracyGap] = Gap,
        [QualityIds.FairnessDemographicParity] = Gap,
        [QualityIds.FairnessEqualizedOdds] = Gap,
        [QualityIds.PrivacyGeneralizationGap] = Gap,
        [QualityIds.PrivacyLossGap] = Linear(2, 0),
        [QualityIds.PrivacyMembershipAuc] = Linear(1, 0.5),
        [QualityIds.IncrementalAccuracyLoss] = Gap,
        [QualityIds.ScaleTrainTimeExponent] = Linear(3, 0),
        [QualityIds.ScaleTrainMemoryExponent] = Linear(3, 0),
        [QualityIds.ScaleModelSizeExponent] = Linear(3, 0),
    };

    /// <summary>
    /// Qualities that are the task's score (accuracy for classification, r2 for regression) measured under other
    /// conditions (noise, less data, updates): their scale starts at the score's chance level.
    /// </summary>
    public static IReadOnlyList<string> TaskScoreQualities { get; } =
    [
        QualityIds.RobustnessNoise01, QualityIds.RobustnessNoise03, QualityIds.RobustnessNominalNoise, QualityIds.RobustnessLabelNoise,
        QualityIds.DataNeedsAccuracy10, QualityIds.DataNeedsAccuracy25, QualityIds.DataNeedsAccuracy50, QualityIds.DataNeedsAccuracy100,
        QualityIds.IncrementalUpdateAccuracy, QualityIds.IncrementalStreamAccuracy,
    ];

    /// <summary>
    /// The reference scale of <paramref name="quality"/>: its own entry, its metric's for a per-attribute fairness id
    /// (<c>fairness.age.demographic-parity</c>), else its unit's; null for a quality with no better direction.
    /// </summary>
    public static ReferenceScale? Of(QualityDescriptor quality)
    {
        ArgumentNullException.ThrowIfNull(quality);
        if (quality.Direction == Direction.None)
        {
            return null;
        }

        if (ById.TryGetValue(quality.Id, out var scale) || ById.TryGetValue(FairnessIds.Overall(quality.Id), out scale))
        {
            return scale;
        }

        return TaskScoreQualities.Contains(quality.Id, StringComparer.Ordinal) ? ChanceToOne : OfUnit(quality);
    }

    private static ReferenceScale OfUnit(QualityDescriptor quality)
    {
        var higher = quality.Direction == Direction.HigherIsBetter;
        var scale = quality.Unit switch
        {
            "s" => Time,
            "us" => Latency,
            "B" => Size,
            "rows/s" => ById[QualityIds.Throughput],
            "J" => ById[QualityIds.EnergyTrain],
            "g" => ById[QualityIds.Co2Train],
            "USD" => ById[QualityIds.CostTrain],
            "count" or "rows" => Count,
            "nats" => ById[QualityIds.PrivacyLossGap],
            _ => Linear(1, 0),
        };

        // A unit's scale is written for its usual direction (lower is better but for throughput); a quality that
        // improves the other way swaps the ends.
        var scaleHigher = scale.Best > scale.Worst;
        return scaleHigher == higher ? scale : scale with { Worst = scale.Best, Best = scale.Worst };
    }

    private static ReferenceScale Log(double worst, double best) => new(ScaleKind.Logarithmic, worst, best);

    private static ReferenceScale Linear(double worst, double best) => new(ScaleKind.Linear, worst, best);
}
