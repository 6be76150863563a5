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
        ["accuracy"] = ChanceToOne,
        ["macro-f1"] = ChanceToOne,
        ["auc"] = new(ScaleKind.Linear, 0.5, 1, ChanceAnchored: true),
        ["log-loss"] = new(ScaleKind.Linear, Math.Log(10), 0, ChanceAnchored: true),
        ["rmse"] = new(ScaleKind.Linear, 1, 0, ChanceAnchored: true),
        ["mae"] = new(ScaleKind.Linear, 1, 0, ChanceAnchored: true),
        ["r2"] = ChanceToOne,
        ["train-time"] = Time,
        ["train-cpu-time"] = Time,
        ["incremental.update-time"] = Time,
        ["incremental.retrain-time"] = Time,
        ["scale.projected-train-time"] = Log(Year, 1e-3),
        ["latency.p50"] = Latency,
        ["latency.p90"] = Latency,
        ["latency.p99"] = Latency,
        ["latency.max"] = Latency,
        ["train-memory"] = Memory,
        ["train-allocated"] = Memory,
        ["inference-allocated"] = Log(1e7, 1),
        ["inference-memory"] = Size,
        ["model-size"] = Size,
        ["scale.projected-model-size"] = Log(1e12, 1e3),
        ["throughput"] = Log(1, 1e9),
        ["parameters"] = Count,
        ["complexity.leaves"] = Log(1e6, 1),
        ["complexity.rules"] = Log(1e6, 1),
        ["complexity.nonzero-coefficients"] = Log(1e6, 1),
        ["complexity.depth"] = Log(100, 1),
        ["complexity.mean-rule-length"] = Log(100, 1),
        ["energy.train"] = Log(1e7, 1e-3),
        ["energy.predict"] = Log(1e3, 1e-6),
        ["co2.train"] = Log(1e4, 1e-6),
        ["cost.train"] = Log(1e3, 1e-8),
        ["cost.predict"] = Log(1e4, 1e-6),
        ["scale.daily-inference-cost"] = Log(1e6, 1e-6),
        ["data-needs.rows-to-95"] = Log(1e8, 10),
        ["interpretability"] = Linear(0, 1),
        ["robustness.noise-drop"] = Gap,
        ["robustness.nominal-noise-drop"] = Gap,
        ["robustness.label-noise-drop"] = Gap,
        ["stability.accuracy-spread"] = Linear(0.1, 0),
        ["stability.bootstrap-spread"] = Linear(0.1, 0),
        ["stability.churn"] = Gap,
        ["fairness.accuracy-gap"] = Gap,
        ["fairness.demographic-parity"] = Gap,
        ["fairness.equalized-odds"] = Gap,
        ["privacy.generalization-gap"] = Gap,
        ["privacy.loss-gap"] = Linear(2, 0),
        ["privacy.membership-auc"] = Linear(1, 0.5),
        ["incremental.accuracy-loss"] = Gap,
        ["scale.train-time-exponent"] = Linear(3, 0),
        ["scale.train-memory-exponent"] = Linear(3, 0),
        ["scale.model-size-exponent"] = Linear(3, 0),
    };

    /// <summary>
    /// Qualities that are the task's score (accuracy for classification, r2 for regression) measured under other
    /// conditions (noise, less data, updates): their scale starts at the score's chance level.
    /// </summary>
    public static IReadOnlyList<string> TaskScoreQualities { get; } =
    [
        "robustness.noise-0.1", "robustness.noise-0.3", "robustness.nominal-noise", "robustness.label-noise",
        "data-needs.accuracy-10", "data-needs.accuracy-25", "data-needs.accuracy-50", "data-needs.accuracy-100",
        "incremental.update-accuracy", "incremental.stream-accuracy",
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

        if (ById.TryGetValue(quality.Id, out var scale) || ById.TryGetValue(MetricOf(quality.Id), out scale))
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
            "rows/s" => ById["throughput"],
            "J" => ById["energy.train"],
            "g" => ById["co2.train"],
            "USD" => ById["cost.train"],
            "count" or "rows" => Count,
            "nats" => ById["privacy.loss-gap"],
            _ => Linear(1, 0),
        };

        // A unit's scale is written for its usual direction (lower is better but for throughput); a quality that
        // improves the other way swaps the ends.
        var scaleHigher = scale.Best > scale.Worst;
        return scaleHigher == higher ? scale : scale with { Worst = scale.Best, Best = scale.Worst };
    }

    private static string MetricOf(string id)
    {
        var parts = id.Split('.');
        return parts.Length == 3 && parts[0] == "fairness" ? "fairness." + parts[2] : id;
    }

    private static ReferenceScale Log(double worst, double best) => new(ScaleKind.Logarithmic, worst, best);

    private static ReferenceScale Linear(double worst, double best) => new(ScaleKind.Linear, worst, best);
}
