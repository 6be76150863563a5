using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Stages;

/// <summary>throughput: rows per second of the final model predicting in batches.</summary>
internal sealed class ThroughputStage : IQualityProbe
{
    public const string Group = QualityIds.Throughput;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.Throughput, "rows/s", Direction.HigherIsBetter, "rows per second predicted in batches", Group,
            "rows per second of the final model predicting the inference rows in batches, passes repeated until steady; the median"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public TimeSpan TimedWork(PlanScope scope) => scope.WarmUp + ThroughputProbe.MinTotal;

    public void Measure(ProbeRun run) => run.Set(QualityIds.Throughput, Throughput(run));

    private static QualityValue Throughput(ProbeRun run)
    {
        var technique = run.Run;
        var batchSize = run.Protocol.BatchSize;
        var (rates, warmUp) = ThroughputProbe.Measure(technique.Model!, technique.InferenceMatrix, technique.InferenceRows.FeatureCount, batchSize, run.Protocol.WarmUp, run.Context, technique.Budget.Token);
        if (rates.Count == 0)
        {
            return QualityFactory.Unavailable(QualityIds.Throughput, "a pass over the rows took less than the clock's resolution");
        }

        var (lower, upper, _) = MedianInterval.Of(rates);
        return QualityFactory.Create(
            QualityIds.Throughput,
            Descriptive.Median(rates),
            $"median rows per second of {rates.Count} passes predicting the {QualityFormat.Count(technique.InferenceRows.RowCount)} {technique.InferenceRowsText} in batches of {QualityFormat.Count(batchSize)}, after {warmUp.Describe("pass")}; 95% interval of the median from order statistics") with
        {
            Std = rates.Count > 1 ? Descriptive.Std(rates) : null,
            Lower = lower,
            Upper = upper,
            SampleCount = rates.Count,
            Samples = rates,
            Note = warmUp.Steady ? null : "warm-up did not reach steady state",
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["min"] = rates.Min(), ["max"] = rates.Max(), ["batch-size"] = batchSize, ["warm-up-seconds"] = warmUp.Seconds },
        };
    }
}
