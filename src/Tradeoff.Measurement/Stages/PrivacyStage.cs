using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>privacy: what the held-out parts' models leak about their training rows.</summary>
internal sealed class PrivacyStage : IQualityProbe
{
    public string Stage => "privacy";

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.PrivacyGeneralizationGap, QualityIds.PrivacyLossGap, QualityIds.PrivacyMembershipAuc);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run) => run.SetAll(PrivacyProbe.Measure(run.Run.Parts!, run.Run.Budget, run.Protocol.Seed, run.PartsText));
}
