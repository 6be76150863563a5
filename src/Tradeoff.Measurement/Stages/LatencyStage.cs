using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// latency.p50, p90, p99 and max: single-row predictions of the final model, timed. It also runs for the
/// per-prediction energy and cost, whose rounds are sized by its median.
/// </summary>
internal sealed class LatencyStage : IQualityProbe
{
    private static readonly string[] AlsoFor = [QualityIds.EnergyPredict, QualityIds.CostPredict];

    public string Stage => "latency";

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.LatencyP50, QualityIds.LatencyP90, QualityIds.LatencyP99, QualityIds.LatencyMax);

    public bool Applies(ProbeScope scope) => scope.WantsAny(Qualities.Select(q => q.Id).Concat(AlsoFor));

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

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
