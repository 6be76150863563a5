using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>robustness: accuracy under input noise and when trained with flipped labels, on the held-out parts.</summary>
internal sealed class RobustnessStage : IQualityProbe
{
    private static readonly string[] LabelNoiseIds = [QualityIds.RobustnessLabelNoise, QualityIds.RobustnessLabelNoiseDrop];

    public string Stage => "robustness";

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(
        [QualityIds.RobustnessNoise01, QualityIds.RobustnessNoise03, QualityIds.RobustnessNoiseDrop, QualityIds.RobustnessNominalNoise, QualityIds.RobustnessNominalNoiseDrop, .. LabelNoiseIds]);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    // The label-noise refits are the costly part: only when asked for.
    public void Measure(ProbeRun run) =>
        run.SetAll(RobustnessProbe.Measure(run.Run.Parts!, run.Runner, run.Run.Budget, run.Protocol.Seed, run.PartsText, run.Scope.WantsAny(LabelNoiseIds)));
}
