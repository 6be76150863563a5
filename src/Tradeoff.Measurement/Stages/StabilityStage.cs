using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>stability: the spread of accuracy across seeds and bootstrap resamples, and the churn between retrains.</summary>
internal sealed class StabilityStage : IQualityProbe
{
    public string Stage => "stability";

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.StabilityAccuracySpread, QualityIds.StabilityBootstrapSpread, QualityIds.StabilityChurn);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run) => run.SetAll(StabilityProbe.Measure(run.Run.Parts!, run.Runner, run.Run.Budget, run.Protocol.Seed, run.PartsText));
}
