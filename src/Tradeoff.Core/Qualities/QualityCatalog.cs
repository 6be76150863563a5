namespace Tradeoff.Core.Qualities;

/// <summary>
/// The qualities Tradeoff measures, with their stable ids (see docs/concepts.md and docs/PROTOCOL.md).
/// Ids under <c>fairness.</c> may also name a protected attribute: <c>fairness.age.demographic-parity</c>.
/// </summary>
public static class QualityCatalog
{
    private static readonly QualityDescriptor[] Descriptors =
    [
        new("accuracy", "fraction", Direction.HigherIsBetter, "share of rows predicted right (classification)"),
        new("macro-f1", "fraction", Direction.HigherIsBetter, "F1 averaged over classes with equal weight"),
        new("auc", "fraction", Direction.HigherIsBetter, "area under the ROC curve of the positive class (binary)"),
        new("log-loss", "nats", Direction.LowerIsBetter, "mean negative log-probability of the true class"),
        new("rmse", "target", Direction.LowerIsBetter, "root mean squared error (regression)"),
        new("mae", "target", Direction.LowerIsBetter, "mean absolute error (regression)"),
        new("r2", "fraction", Direction.HigherIsBetter, "coefficient of determination (regression)"),
        new("train-time", "s", Direction.LowerIsBetter, "wall time of one fit"),
        new("train-cpu-time", "s", Direction.LowerIsBetter, "process CPU time of one fit"),
        new("train-memory", "B", Direction.LowerIsBetter, "peak resident memory above the level before a fit"),
        new("train-allocated", "B", Direction.LowerIsBetter, "managed bytes allocated by a fit"),
        new("latency.p50", "us", Direction.LowerIsBetter, "median time to predict one row"),
        new("latency.p90", "us", Direction.LowerIsBetter, "90th percentile time to predict one row"),
        new("latency.p99", "us", Direction.LowerIsBetter, "99th percentile time to predict one row"),
        new("latency.max", "us", Direction.LowerIsBetter, "slowest single-row prediction seen"),
        new("throughput", "rows/s", Direction.HigherIsBetter, "rows per second predicted in batches"),
        new("inference-allocated", "B", Direction.LowerIsBetter, "managed bytes allocated per single-row prediction"),
        new("inference-memory", "B", Direction.LowerIsBetter, "resident memory of the model loaded from its saved form"),
        new("model-size", "B", Direction.LowerIsBetter, "bytes of the saved model"),
        new("parameters", "count", Direction.LowerIsBetter, "numbers the fit learned that prediction reads: splits and leaf values, coefficients, weights, stored statistics and rows"),
        new("energy.train", "J", Direction.LowerIsBetter, "energy of one fit"),
        new("energy.predict", "J", Direction.LowerIsBetter, "energy of 1,000 predictions"),
        new("co2.train", "g", Direction.LowerIsBetter, "CO2 of one fit"),
        new("cost.train", "USD", Direction.LowerIsBetter, "compute cost of one fit"),
        new("cost.predict", "USD", Direction.LowerIsBetter, "compute cost of one million predictions"),
        new("interpretability", "flag", Direction.HigherIsBetter, "1 when a person can follow the model, else 0"),
        new("complexity.leaves", "count", Direction.LowerIsBetter, "leaves of a tree model (summed over trees)"),
        new("complexity.depth", "count", Direction.LowerIsBetter, "depth of a tree model"),
        new("complexity.rules", "count", Direction.LowerIsBetter, "rules a person must read"),
        new("complexity.mean-rule-length", "count", Direction.LowerIsBetter, "mean conditions per rule"),
        new("complexity.nonzero-coefficients", "count", Direction.LowerIsBetter, "non-zero coefficients of a linear model"),
        new("importance", "fraction", Direction.None, "permutation importance: the largest score drop one feature causes (top 10 in details)"),
        new("importance.all", "fraction", Direction.None, "permutation importance of every feature evaluated"),
        new("robustness.noise-0.1", "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.1 sd on numeric features"),
        new("robustness.noise-0.3", "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.3 sd on numeric features"),
        new("robustness.noise-drop", "fraction", Direction.LowerIsBetter, "accuracy lost under Gaussian input noise of 0.1 sd"),
        new("robustness.nominal-noise", "fraction", Direction.HigherIsBetter, "accuracy with 10% of nominal values replaced at random"),
        new("robustness.nominal-noise-drop", "fraction", Direction.LowerIsBetter, "accuracy lost with 10% of nominal values replaced"),
        new("robustness.label-noise", "fraction", Direction.HigherIsBetter, "accuracy when trained with 10% of labels flipped"),
        new("robustness.label-noise-drop", "fraction", Direction.LowerIsBetter, "accuracy lost when trained with flipped labels"),
        new("stability.accuracy-spread", "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across seeds"),
        new("stability.bootstrap-spread", "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across bootstrap resamples of the training data"),
        new("stability.churn", "fraction", Direction.LowerIsBetter, "share of predictions that change between retrains"),
        new("fairness.accuracy-gap", "fraction", Direction.LowerIsBetter, "largest accuracy difference between groups"),
        new("fairness.demographic-parity", "fraction", Direction.LowerIsBetter, "largest selection-rate difference between groups"),
        new("fairness.equalized-odds", "fraction", Direction.LowerIsBetter, "largest TPR or FPR difference between groups"),
        new("privacy.generalization-gap", "fraction", Direction.LowerIsBetter, "training minus held-out accuracy"),
        new("privacy.loss-gap", "nats", Direction.LowerIsBetter, "held-out minus training loss"),
        new("privacy.membership-auc", "fraction", Direction.LowerIsBetter, "AUC of a loss-threshold membership-inference attack"),
        new("data-needs.accuracy-10", "fraction", Direction.HigherIsBetter, "accuracy trained on 10% of the training part"),
        new("data-needs.accuracy-25", "fraction", Direction.HigherIsBetter, "accuracy trained on 25% of the training part"),
        new("data-needs.accuracy-50", "fraction", Direction.HigherIsBetter, "accuracy trained on 50% of the training part"),
        new("data-needs.accuracy-100", "fraction", Direction.HigherIsBetter, "accuracy trained on all of the training part"),
        new("data-needs.rows-to-95", "rows", Direction.LowerIsBetter, "training rows needed for 95% of the full accuracy"),
        new("scale.train-time-exponent", "exponent", Direction.LowerIsBetter, "b of train-time = a x rows^b"),
        new("scale.train-memory-exponent", "exponent", Direction.LowerIsBetter, "b of train-memory = a x rows^b"),
        new("scale.model-size-exponent", "exponent", Direction.LowerIsBetter, "b of model-size = a x rows^b"),
        new("scale.projected-train-time", "s", Direction.LowerIsBetter, "train-time extrapolated to the study's production rows"),
        new("scale.projected-model-size", "B", Direction.LowerIsBetter, "model-size extrapolated to the study's production rows"),
        new("scale.daily-inference-cost", "USD", Direction.LowerIsBetter, "compute cost of the study's predictions per day"),
        new("incremental.update-time", "s", Direction.LowerIsBetter, "time to absorb new rows"),
        new("incremental.retrain-time", "s", Direction.LowerIsBetter, "time of the full retrain the update replaces"),
        new("incremental.update-accuracy", "fraction", Direction.HigherIsBetter, "accuracy of the updated model"),
        new("incremental.accuracy-loss", "fraction", Direction.LowerIsBetter, "accuracy of the retrained minus the updated model"),
        new("incremental.stream-accuracy", "fraction", Direction.HigherIsBetter, "mean progressive (predict, then learn) accuracy over a stream of batches"),
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

        var parts = id.Split('.');
        if (parts.Length == 3 && parts[0] == "fairness" && ById.TryGetValue("fairness." + parts[2], out var metric))
        {
            return metric with { Id = id };
        }

        return null;
    }

    /// <summary>The ids, for "did you mean" hints.</summary>
    public static IEnumerable<string> Ids => Descriptors.Select(d => d.Id);
}
