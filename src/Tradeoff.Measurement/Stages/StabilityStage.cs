using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>stability: the spread of accuracy across seeds and bootstrap resamples, and the churn between retrains.</summary>
internal sealed class StabilityStage : IQualityProbe
{
    public const string Group = "stability";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.StabilityAccuracySpread, "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across seeds", Group,
            "standard deviation of the held-out score of fits with different seeds on the same training rows"),
        new(
            QualityIds.StabilityBootstrapSpread, "fraction", Direction.LowerIsBetter, "standard deviation of accuracy across bootstrap resamples of the training data", Group,
            "standard deviation of the held-out score of fits on bootstrap resamples (seeded) of the training rows"),
        new(QualityIds.StabilityChurn, "fraction", Direction.LowerIsBetter, "share of predictions that change between retrains", Group,
            "share of held-out rows whose prediction differs between two fits with different seeds, mean over the pairs"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    // The part's own fit is the first seed: retrains are one fewer per part; the bootstrap fits are on the first part.
    public PlannedFits Fits(PlanScope scope)
    {
        var seeds = scope.Spec.StabilityRepetition;
        var bootstrap = scope.Probes.Wants(QualityIds.StabilityBootstrapSpread) ? StabilityProbe.BootstrapCount : 0;
        return new PlannedFits((scope.Parts * (seeds.Minimum - 1)) + bootstrap, (scope.Parts * (seeds.Maximum - 1)) + bootstrap, scope.PartShare);
    }

    public void Measure(ProbeRun run) => run.SetAll(StabilityProbe.Measure(run.Run.Parts!, run.Runner, run.Run.Budget, run.Protocol.Seed, run.PartsText, run.Protocol.StabilityRepetition, run.Run.Retrains));
}
