using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>robustness: accuracy under input noise and when trained with flipped labels, on the held-out parts.</summary>
internal sealed class RobustnessStage : IQualityProbe
{
    private static readonly string[] LabelNoiseIds = [QualityIds.RobustnessLabelNoise, QualityIds.RobustnessLabelNoiseDrop];

    public const string Group = "robustness";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.RobustnessNoise01, "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.1 sd on numeric features", Group,
            "held-out accuracy when Gaussian noise of 0.1 standard deviation (seeded) is added to the numeric features"),
        new(QualityIds.RobustnessNoise03, "fraction", Direction.HigherIsBetter, "accuracy with Gaussian noise of 0.3 sd on numeric features", Group,
            "held-out accuracy when Gaussian noise of 0.3 standard deviation (seeded) is added to the numeric features"),
        new(QualityIds.RobustnessNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost under Gaussian input noise of 0.1 sd", Group,
            "clean held-out accuracy minus that under noise of 0.1 standard deviation"),
        new(QualityIds.RobustnessNominalNoise, "fraction", Direction.HigherIsBetter, "accuracy with 10% of nominal values replaced at random", Group,
            "held-out accuracy when 10% of the nominal values are replaced by another category (seeded)"),
        new(QualityIds.RobustnessNominalNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost with 10% of nominal values replaced", Group,
            "clean held-out accuracy minus that with 10% of nominal values replaced"),
        new(QualityIds.RobustnessLabelNoise, "fraction", Direction.HigherIsBetter, "accuracy when trained with 10% of labels flipped", Group,
            "held-out accuracy of a refit on the training part with 10% of its labels flipped (seeded)"),
        new(QualityIds.RobustnessLabelNoiseDrop, "fraction", Direction.LowerIsBetter, "accuracy lost when trained with flipped labels", Group,
            "clean held-out accuracy minus that of the refit on flipped labels"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public PlannedFits? Fits(PlanScope scope) =>
        scope.Probes.WantsAny(LabelNoiseIds) && scope.Probes.Task.IsClassification()
            ? new PlannedFits(scope.Parts * scope.LeastRounds(scope.Spec.LabelNoiseRepetition), scope.Parts * scope.Spec.LabelNoiseRepetition.Maximum, scope.PartShare)
            : null;

    // The label-noise refits are the costly part: only when asked for.
    public void Measure(ProbeRun run) =>
        run.SetAll(RobustnessProbe.Measure(run.Run.Parts!, run.Runner, run.Run.Budget, run.Protocol.Seed, run.PartsText, run.Scope.WantsAny(LabelNoiseIds) ? run.Protocol.LabelNoiseRepetition : null));
}
