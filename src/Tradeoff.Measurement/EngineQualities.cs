using Tradeoff.Core.Qualities;

namespace Tradeoff.Measurement;

/// <summary>
/// The qualities the engine measures itself rather than through a probe: the scores of cross-validation and the
/// train-* figures of the final fit (they are the needs the probes are given, docs/ARCHITECTURE.md).
/// </summary>
internal static class EngineQualities
{
    /// <summary>The group of the scores: measured by cross-validation (and on the test set when there is one).</summary>
    public const string Scores = "cross-validation";

    /// <summary>The group of the train-* figures: measured by the final fit.</summary>
    public const string Training = QualityIds.TrainTime;

    /// <summary>The group of a technique's part of the run's peak memory: measured over its whole measurement.</summary>
    public const string Measurement = "measurement";

    public static IReadOnlyList<QualityDescriptor> All { get; } =
    [
        new(QualityIds.Accuracy, "fraction", Direction.HigherIsBetter, "share of rows predicted right (classification)", Scores,
            "mean over the folds (and repeats) of stratified cross-validation, each fold scored on the rows it did not train on"),
        new(QualityIds.MacroF1, "fraction", Direction.HigherIsBetter, "F1 averaged over classes with equal weight", Scores,
            "per fold of cross-validation, F1 of each class averaged with equal weight; mean over the folds"),
        new(QualityIds.Auc, "fraction", Direction.HigherIsBetter, "area under the ROC curve of the positive class (binary)", Scores,
            "per fold of cross-validation, the rank AUC of the positive class's probability (binary tasks); mean over the folds"),
        new(QualityIds.LogLoss, "nats", Direction.LowerIsBetter, "mean negative log-probability of the true class", Scores,
            "per fold of cross-validation, the mean negative log of the probability given to the true class (clipped); mean over the folds"),
        new(QualityIds.Rmse, "target", Direction.LowerIsBetter, "root mean squared error (regression)", Scores,
            "per fold of cross-validation, the root mean squared error on the held-out rows; mean over the folds"),
        new(QualityIds.Mae, "target", Direction.LowerIsBetter, "mean absolute error (regression)", Scores,
            "per fold of cross-validation, the mean absolute error on the held-out rows; mean over the folds"),
        new(QualityIds.R2, "fraction", Direction.HigherIsBetter, "coefficient of determination (regression)", Scores,
            "per fold of cross-validation, one minus the residual over the total sum of squares of the held-out rows; mean over the folds"),
        new(QualityIds.TrainTime, "s", Direction.LowerIsBetter, "wall time of one fit", Training,
            "wall seconds of the fits on all training rows, repeated until steady (docs/PROTOCOL.md); the median with its interval"),
        new(QualityIds.TrainCpuTime, "s", Direction.LowerIsBetter, "process CPU time of one fit", Training,
            "process CPU seconds (all threads) of the same fits as train-time; the median"),
        new(QualityIds.TrainMemory, "B", Direction.LowerIsBetter, "peak resident memory above the level before a fit", Training,
            "peak resident memory sampled during the final fit, above the level before it"),
        new(QualityIds.TrainAllocated, "B", Direction.LowerIsBetter, "managed bytes allocated by a fit", Training, "managed bytes allocated by the process during one fit"),
        new(QualityIds.MeasurementMemory, "B", Direction.LowerIsBetter, "the technique's part of the run's peak memory", Measurement,
            "peak resident memory (the kernel's high-water mark) while the technique was measured, every stage and fit, above the resident memory when the run began measuring"),
    ];
}
