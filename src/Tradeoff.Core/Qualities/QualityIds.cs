namespace Tradeoff.Core.Qualities;

/// <summary>
/// The ids of the built-in qualities, so that code in any project names a quality by a constant, never by a string
/// literal. Their descriptors are declared by the probes that measure them (<see cref="QualityCatalog"/>); a new
/// probe declares its id beside its descriptor and needs no line here unless other projects name its quality.
/// </summary>
public static class QualityIds
{
    /// <summary><c>accuracy</c>.</summary>
    public const string Accuracy = "accuracy";

    /// <summary><c>macro-f1</c>.</summary>
    public const string MacroF1 = "macro-f1";

    /// <summary><c>auc</c>.</summary>
    public const string Auc = "auc";

    /// <summary><c>log-loss</c>.</summary>
    public const string LogLoss = "log-loss";

    /// <summary><c>rmse</c>.</summary>
    public const string Rmse = "rmse";

    /// <summary><c>mae</c>.</summary>
    public const string Mae = "mae";

    /// <summary><c>r2</c>.</summary>
    public const string R2 = "r2";

    /// <summary><c>train-time</c>.</summary>
    public const string TrainTime = "train-time";

    /// <summary><c>train-cpu-time</c>.</summary>
    public const string TrainCpuTime = "train-cpu-time";

    /// <summary><c>train-memory</c>.</summary>
    public const string TrainMemory = "train-memory";

    /// <summary><c>train-allocated</c>.</summary>
    public const string TrainAllocated = "train-allocated";

    /// <summary><c>measurement-memory</c>: a technique's part of the run's peak memory.</summary>
    public const string MeasurementMemory = "measurement-memory";

    /// <summary><c>latency.p50</c>.</summary>
    public const string LatencyP50 = "latency.p50";

    /// <summary><c>latency.p90</c>.</summary>
    public const string LatencyP90 = "latency.p90";

    /// <summary><c>latency.p99</c>.</summary>
    public const string LatencyP99 = "latency.p99";

    /// <summary><c>latency.max</c>.</summary>
    public const string LatencyMax = "latency.max";

    /// <summary><c>throughput</c>.</summary>
    public const string Throughput = "throughput";

    /// <summary><c>inference-allocated</c>.</summary>
    public const string InferenceAllocated = "inference-allocated";

    /// <summary><c>inference-memory</c>.</summary>
    public const string InferenceMemory = "inference-memory";

    /// <summary><c>model-size</c>.</summary>
    public const string ModelSize = "model-size";

    /// <summary><c>parameters</c>.</summary>
    public const string Parameters = "parameters";

    /// <summary><c>energy.train</c>.</summary>
    public const string EnergyTrain = "energy.train";

    /// <summary><c>energy.predict</c>.</summary>
    public const string EnergyPredict = "energy.predict";

    /// <summary><c>co2.train</c>.</summary>
    public const string Co2Train = "co2.train";

    /// <summary><c>cost.train</c>.</summary>
    public const string CostTrain = "cost.train";

    /// <summary><c>cost.predict</c>.</summary>
    public const string CostPredict = "cost.predict";

    /// <summary><c>interpretability</c>.</summary>
    public const string Interpretability = "interpretability";

    /// <summary><c>complexity.leaves</c>.</summary>
    public const string ComplexityLeaves = "complexity.leaves";

    /// <summary><c>complexity.depth</c>.</summary>
    public const string ComplexityDepth = "complexity.depth";

    /// <summary><c>complexity.rules</c>.</summary>
    public const string ComplexityRules = "complexity.rules";

    /// <summary><c>complexity.mean-rule-length</c>.</summary>
    public const string ComplexityMeanRuleLength = "complexity.mean-rule-length";

    /// <summary><c>complexity.nonzero-coefficients</c>.</summary>
    public const string ComplexityNonzeroCoefficients = "complexity.nonzero-coefficients";

    /// <summary><c>importance</c>.</summary>
    public const string Importance = "importance";

    /// <summary><c>importance.all</c>.</summary>
    public const string ImportanceAll = "importance.all";

    /// <summary><c>robustness.noise-0.1</c>.</summary>
    public const string RobustnessNoise01 = "robustness.noise-0.1";

    /// <summary><c>robustness.noise-0.3</c>.</summary>
    public const string RobustnessNoise03 = "robustness.noise-0.3";

    /// <summary><c>robustness.noise-drop</c>.</summary>
    public const string RobustnessNoiseDrop = "robustness.noise-drop";

    /// <summary><c>robustness.nominal-noise</c>.</summary>
    public const string RobustnessNominalNoise = "robustness.nominal-noise";

    /// <summary><c>robustness.nominal-noise-drop</c>.</summary>
    public const string RobustnessNominalNoiseDrop = "robustness.nominal-noise-drop";

    /// <summary><c>robustness.label-noise</c>.</summary>
    public const string RobustnessLabelNoise = "robustness.label-noise";

    /// <summary><c>robustness.label-noise-drop</c>.</summary>
    public const string RobustnessLabelNoiseDrop = "robustness.label-noise-drop";

    /// <summary><c>stability.accuracy-spread</c>.</summary>
    public const string StabilityAccuracySpread = "stability.accuracy-spread";

    /// <summary><c>stability.bootstrap-spread</c>.</summary>
    public const string StabilityBootstrapSpread = "stability.bootstrap-spread";

    /// <summary><c>stability.churn</c>.</summary>
    public const string StabilityChurn = "stability.churn";

    /// <summary><c>fairness.accuracy-gap</c>.</summary>
    public const string FairnessAccuracyGap = "fairness.accuracy-gap";

    /// <summary><c>fairness.demographic-parity</c>.</summary>
    public const string FairnessDemographicParity = "fairness.demographic-parity";

    /// <summary><c>fairness.equalized-odds</c>.</summary>
    public const string FairnessEqualizedOdds = "fairness.equalized-odds";

    /// <summary><c>privacy.generalization-gap</c>.</summary>
    public const string PrivacyGeneralizationGap = "privacy.generalization-gap";

    /// <summary><c>privacy.loss-gap</c>.</summary>
    public const string PrivacyLossGap = "privacy.loss-gap";

    /// <summary><c>privacy.membership-auc</c>.</summary>
    public const string PrivacyMembershipAuc = "privacy.membership-auc";

    /// <summary><c>data-needs.accuracy-10</c>.</summary>
    public const string DataNeedsAccuracy10 = "data-needs.accuracy-10";

    /// <summary><c>data-needs.accuracy-25</c>.</summary>
    public const string DataNeedsAccuracy25 = "data-needs.accuracy-25";

    /// <summary><c>data-needs.accuracy-50</c>.</summary>
    public const string DataNeedsAccuracy50 = "data-needs.accuracy-50";

    /// <summary><c>data-needs.accuracy-100</c>.</summary>
    public const string DataNeedsAccuracy100 = "data-needs.accuracy-100";

    /// <summary><c>data-needs.rows-to-95</c>.</summary>
    public const string DataNeedsRowsTo95 = "data-needs.rows-to-95";

    /// <summary><c>scale.train-time-exponent</c>.</summary>
    public const string ScaleTrainTimeExponent = "scale.train-time-exponent";

    /// <summary><c>scale.train-memory-exponent</c>.</summary>
    public const string ScaleTrainMemoryExponent = "scale.train-memory-exponent";

    /// <summary><c>scale.model-size-exponent</c>.</summary>
    public const string ScaleModelSizeExponent = "scale.model-size-exponent";

    /// <summary><c>scale.projected-train-time</c>.</summary>
    public const string ScaleProjectedTrainTime = "scale.projected-train-time";

    /// <summary><c>scale.projected-model-size</c>.</summary>
    public const string ScaleProjectedModelSize = "scale.projected-model-size";

    /// <summary><c>scale.daily-inference-cost</c>.</summary>
    public const string ScaleDailyInferenceCost = "scale.daily-inference-cost";

    /// <summary><c>incremental.update-time</c>.</summary>
    public const string IncrementalUpdateTime = "incremental.update-time";

    /// <summary><c>incremental.retrain-time</c>.</summary>
    public const string IncrementalRetrainTime = "incremental.retrain-time";

    /// <summary><c>incremental.update-accuracy</c>.</summary>
    public const string IncrementalUpdateAccuracy = "incremental.update-accuracy";

    /// <summary><c>incremental.accuracy-loss</c>.</summary>
    public const string IncrementalAccuracyLoss = "incremental.accuracy-loss";

    /// <summary><c>incremental.stream-accuracy</c>.</summary>
    public const string IncrementalStreamAccuracy = "incremental.stream-accuracy";
}
