using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// latency.p50, p90, p99 and max: single-row predictions of the final model, timed. It also runs for the
/// per-prediction energy and cost, whose rounds are sized by its median.
/// </summary>
internal sealed class LatencyStage : IQualityProbe
{
    private static readonly string[] AlsoFor = [QualityIds.EnergyPredict, QualityIds.CostPredict];

    public const string Group = "latency";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.LatencyP50, "us", Direction.LowerIsBetter, "median time to predict one row", Group,
            "single-row predictions of the final model timed one by one after warm-up, in rounds until steady; the median"),
        new(QualityIds.LatencyP90, "us", Direction.LowerIsBetter, "90th percentile time to predict one row", Group,
            "the 90th percentile of the same timed single-row predictions as latency.p50"),
        new(QualityIds.LatencyP99, "us", Direction.LowerIsBetter, "99th percentile time to predict one row", Group,
            "the 99th percentile of the same timed single-row predictions as latency.p50"),
        new(QualityIds.LatencyMax, "us", Direction.LowerIsBetter, "slowest single-row prediction seen", Group,
            "the slowest of the same timed single-row predictions as latency.p50"),
    ];

    public bool Applies(ProbeScope scope) => scope.WantsAny(Qualities.Select(q => q.Id).Concat(AlsoFor));

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    // The warm-up as timed before the run, then the least timed rounds.
    public TimeSpan TimedWork(PlanScope scope) => scope.WarmUp + (LatencyProbe.MinRounds * LatencyProbe.RoundTime);

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        var plan = new LatencyPlan(technique.Protocol.LatencySamples, run.Protocol.LatencyTimeCap, run.Protocol.LatencyHardCap, run.Protocol.WarmUp);
        technique.Latency = LatencyProbe.Measure(technique.Model!, technique.InferenceMatrix, technique.InferenceRows.FeatureCount, plan, run.Context, technique.Budget.Token);
        foreach (var (id, value) in LatencyQualities.From(technique.Latency, $"{QualityFormat.Count(technique.InferenceRows.RowCount)} {technique.InferenceRowsText}"))
        {
            run.Set(id, value);
        }
    }
}
