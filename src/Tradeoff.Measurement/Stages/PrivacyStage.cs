using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>privacy: what the held-out parts' models leak about their training rows.</summary>
internal sealed class PrivacyStage : IQualityProbe
{
    public const string Group = "privacy";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.PrivacyGeneralizationGap, "fraction", Direction.LowerIsBetter, "training minus held-out accuracy", Group,
            "score on the part's training rows minus that on its held-out rows, mean over the held-out parts"),
        new(QualityIds.PrivacyLossGap, "nats", Direction.LowerIsBetter, "held-out minus training loss", Group,
            "log-loss on the held-out rows minus that on the training rows, mean over the held-out parts"),
        new(QualityIds.PrivacyMembershipAuc, "fraction", Direction.LowerIsBetter, "AUC of a loss-threshold membership-inference attack", Group,
            "AUC of telling training rows from held-out rows by their loss (a loss-threshold membership-inference attack)"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run) => run.SetAll(PrivacyProbe.Measure(run.Run.Parts!, run.Run.Budget, run.Protocol.Seed, run.PartsText));
}
