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
        new("parameters", "count", Direction.LowerIsBetter, "learned parameters: nodes, coefficients, weights"),
        new("energy.train", "J", Direction.LowerIsBetter, "energy of one fit"),
        new("energy.predict", "J", Direction.LowerIsBetter, "energy of 1,000 predictions"),
        new("co2.train", "g", Direction.LowerIsBetter, "CO2 of one fit"),
        new("cost.train", "USD", Direction.LowerIsBetter, "compute cost of one fit"),
        new("cost.predict", "USD", Direction.LowerIsBetter, "compute cost of one million predictions"),
        new("interpretability", "flag", Direction.HigherIsBetter, "1 when a person can follow the model, else 0"),
        new("complexity.leaves", "count", Direction.LowerIsBetter, "leaves of a tree model (summed over trees)"),
        new("complexity.depth", "count", Direction.LowerIsBetter, "depth of a tree model"),
        new("complexity.rules", "count", Direction.LowerIsBetter, "rules a person must read"),
        new("complexity.nonzero-coefficients", "count", Direction.LowerIsBetter, "non-zero coefficients of a linear model"),
        new("robustness.noise-drop", "fraction", Direction.LowerIsBetter, "accuracy lost under Gaussian input noise"),
        new("robustness.label-noise-drop", "fraction", Direction.LowerIsBetter, "accuracy lost when trained with flipped labels"),
        new("stability.accuracy-spread", "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across seeds"),
        new("stability.churn", "fraction", Direction.LowerIsBetter, "share of predictions that change between retrains"),
        new("fairness.accuracy-gap", "fraction", Direction.LowerIsBetter, "largest accuracy difference between groups"),
        new("fairness.demographic-parity", "fraction", Direction.LowerIsBetter, "largest selection-rate difference between groups"),
        new("fairness.equalized-odds", "fraction", Direction.LowerIsBetter, "largest TPR or FPR difference between groups"),
        new("privacy.generalization-gap", "fraction", Direction.LowerIsBetter, "training minus held-out accuracy"),
        new("privacy.membership-auc", "fraction", Direction.LowerIsBetter, "AUC of a loss-threshold membership-inference attack"),
        new("data-needs.rows-to-95", "rows", Direction.LowerIsBetter, "training rows needed for 95% of the full accuracy"),
        new("incremental.update-time", "s", Direction.LowerIsBetter, "time to absorb new rows"),
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
