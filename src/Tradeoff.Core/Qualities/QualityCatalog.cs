namespace Tradeoff.Core.Qualities;

/// <summary>
/// The qualities Tradeoff measures, with their stable ids (see docs/concepts.md and docs/PROTOCOL.md).
/// Ids under <c>fairness.</c> may also name a protected attribute: <c>fairness.age.demographic-parity</c>.
/// </summary>
public static class QualityCatalog
{
    private static readonly QualityDescriptor[] Descriptors =
    [
        new(QualityIds.Accuracy, "fraction", Direction.HigherIsBetter, "share of rows predicted right (classification)"),
        new(QualityIds.MacroF1, "fraction", Direction.HigherIsBetter, "F1 averaged over classes with equal weight"),
        new(QualityIds.Auc, "fraction", Direction.HigherIsBetter, "area under the ROC curve of the positive class (binary)"),
        new(QualityIds.LogLoss, "nats", Direction.LowerIsBetter, "mean negative log-probability of the true class"),
        new(QualityIds.Rmse, "target", Direction.LowerIsBetter, "root mean squared error (regression)"),
        new(QualityIds.Mae, "target", Direction.LowerIsBetter, "mean absolute error (regression)"),
        new(QualityIds.R2, "fraction", Direction.HigherIsBetter, "coefficient of determination (regression)"),
        new(QualityIds.TrainTime, "s", Direction.LowerIsBetter, "wall time of one fit"),
        new(QualityIds.TrainCpuTime, "s", Direction.LowerIsBetter, "process CPU time of one fit"),
        new(QualityIds.TrainMemory, "B", Direction.LowerIsBetter, "peak resident memory above the level before a fit"),
        new(QualityIds.TrainAllocated, "B", Direction.LowerIsBetter, "managed bytes allocated by a fit"),
        new(QualityIds.LatencyP50, "us", Direction.LowerIsBetter, "median time to predict one row"),
        new(QualityIds.LatencyP90, "us", Direction.LowerIsBetter, "90th percentile time to predict one row"),
        new(QualityIds.LatencyP99, "us", Direction.LowerIsBetter, "99th percentile time to predict one row"),
        new(QualityIds.LatencyMax, "us", Direction.LowerIsBetter, "slowest single-row prediction seen"),
        new(QualityIds.Throughput, "rows/s", Direction.HigherIsBetter, "rows per second predicted in batches"),
        new(QualityIds.InferenceAllocated, "B", Direction.LowerIsBetter, "managed bytes allocated per single-row prediction"),
        new(QualityIds.InferenceMemory, "B", Direction.LowerIsBetter, "resident memory of the model loaded from its saved form"),
        new(QualityIds.ModelSize, "B", Direction.LowerIsBetter, "bytes of the saved model"),
        new(QualityIds.Parameters, "count", Direction.LowerIsBetter, "numbers the fit learned that prediction reads: splits and leaf values, coefficients, weights, stored statistics and rows"),
        new(QualityIds.EnergyTrain, "J", Direction.LowerIsBetter, "energy of one fit"),
        new(QualityIds.EnergyPredict, "J", Direction.LowerIsBetter, "energy of 1,000 predictions"),
        new(QualityIds.Co2Train, "g", Direction.LowerIsBetter, "CO2 of one fit"),
        new(QualityIds.CostTrain, "USD", Direction.LowerIsBetter, "compute cost of one fit"),
        new(QualityIds.CostPredict, "USD", Direction.LowerIsBetter, "compute cost of one million predictions"),
        new(QualityIds.Interpretability, "flag", Direction.HigherIsBetter, "1 when a person can follow the model, else 0"),
        new(QualityIds.ComplexityLeaves, "count", Direction.LowerIsBetter, "leaves of a tree model (summed over trees)"),
        new(QualityIds.ComplexityDepth, "count", Direction.LowerIsBetter, "depth of a tree model"),
        new(QualityIds.ComplexityRules, "count", Direction.LowerIsBetter, "rules a person must read"),
        new(QualityIds.ComplexityMeanRuleLength, "count", Direction.LowerIsBetter, "mean conditions per rule"),
        new(QualityIds.ComplexityNonzeroCoefficients, "count", Direction.LowerIsBetter, "non-zero coefficients of a linear model"),
        new(QualityIds.Importance, "fraction", Direction.None, "permutation importance: the largest score drop one feature causes (top 10 in details)"),
        new(QualityIds.ImportanceAll, "fraction", Direction.None, "permutation importance of every feature evaluated"),
        new(QualityIds.RobustnessNoise01, "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.1 sd on numeric features"),
        new(QualityIds.RobustnessNoise03, "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.3 sd on numeric features"),
        new(QualityIds.RobustnessNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost under Gaussian input noise of 0.1 sd"),
        new(QualityIds.RobustnessNominalNoise, "fraction", Direction.HigherIsBetter, "accuracy with 10% of nominal values replaced at random"),
        new(QualityIds.RobustnessNominalNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost with 10% of nominal values replaced"),
        new(QualityIds.RobustnessLabelNoise, "fraction", Direction.HigherIsBetter, "accuracy when trained with 10% of labels flipped"),
        new(QualityIds.RobustnessLabelNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost when trained with flipped labels"),
        new(QualityIds.StabilityAccuracySpread, "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across seeds"),
        new(QualityIds.StabilityBootstrapSpread, "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across bootstrap resamples of the training data"),
        new(QualityIds.StabilityChurn, "fraction", Direction.LowerIsBetter, "share of predictions that change between retrains"),
        new(QualityIds.FairnessAccuracyGap, "fraction", Direction.LowerIsBetter, "largest accuracy difference between groups"),
        new(QualityIds.FairnessDemographicParity, "fraction", Direction.LowerIsBetter, "largest selection-rate difference between groups"),
        new(QualityIds.FairnessEqualizedOdds, "fraction", Direction.LowerIsBetter, "largest TPR or FPR difference between groups"),
        new(QualityIds.PrivacyGeneralizationGap, "fraction", Direction.LowerIsBetter, "training minus held-out accuracy"),
        new(QualityIds.PrivacyLossGap, "nats", Direction.LowerIsBetter, "held-out minus training loss"),
        new(QualityIds.PrivacyMembershipAuc, "fraction", Direction.LowerIsBetter, "AUC of a loss-threshold membership-inference attack"),
        new(QualityIds.DataNeedsAccuracy10, "fraction", Direction.HigherIsBetter, "accuracy trained on 10% of the training part"),
        new(QualityIds.DataNeedsAccuracy25, "fraction", Direction.HigherIsBetter, "accuracy trained on 25% of the training part"),
        new(QualityIds.DataNeedsAccuracy50, "fraction", Direction.HigherIsBetter, "accuracy trained on 50% of the training part"),
        new(QualityIds.DataNeedsAccuracy100, "fraction", Direction.HigherIsBetter, "accuracy trained on all of the training part"),
        new(QualityIds.DataNeedsRowsTo95, "rows", Direction.LowerIsBetter, "training rows needed for 95% of the full accuracy"),
        new(QualityIds.ScaleTrainTimeExponent, "exponent", Direction.LowerIsBetter, "b of train-time = a x rows^b"),
        new(QualityIds.ScaleTrainMemoryExponent, "exponent", Direction.LowerIsBetter, "b of train-memory = a x rows^b"),
        new(QualityIds.ScaleModelSizeExponent, "exponent", Direction.LowerIsBetter, "b of model-size = a x rows^b"),
        new(QualityIds.ScaleProjectedTrainTime, "s", Direction.LowerIsBetter, "train-time extrapolated to the study's production rows"),
        new(QualityIds.ScaleProjectedModelSize, "B", Direction.LowerIsBetter, "model-size extrapolated to the study's production rows"),
        new(QualityIds.ScaleDailyInferenceCost, "USD", Direction.LowerIsBetter, "compute cost of the study's predictions per day"),
        new(QualityIds.IncrementalUpdateTime, "s", Direction.LowerIsBetter, "time to absorb new rows"),
        new(QualityIds.IncrementalRetrainTime, "s", Direction.LowerIsBetter, "time of the full retrain the update replaces"),
        new(QualityIds.IncrementalUpdateAccuracy, "fraction", Direction.HigherIsBetter, "accuracy of the updated model"),
        new(QualityIds.IncrementalAccuracyLoss, "fraction", Direction.LowerIsBetter, "accuracy of the retrained minus the updated model"),
        new(QualityIds.IncrementalStreamAccuracy, "fraction", Direction.HigherIsBetter, "mean progressive (predict, then learn) accuracy over a stream of batches"),
    ];

    private static readonly Dictionary<string, QualityDescriptor> ById = Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every quality of the catalog.</summary>
    public static IReadOnlyList<QualityDescriptor> All => Descriptors;

    /// <summary>
    /// The descriptor of <paramref name="id"/>, or null when unknown. Per-attribute fairness ids
    /// (<c>fairness.ATTRIBUTE.METRIC</c>) resolve to the metric's descriptor with the full id.
    /// </summary>
    public static QualityDescriptor? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (ById.TryGetValue(id, out var descriptor))
        {
            return descriptor;
        }

        var overall = FairnessIds.Overall(id);
        if (overall != id && ById.TryGetValue(overall, out var metric))
        {
            return metric with { Id = id };
        }

        return null;
    }

    /// <summary>The ids, for "did you mean" hints.</summary>
    public static IEnumerable<string> Ids => Descriptors.Select(d => d.Id);
}
