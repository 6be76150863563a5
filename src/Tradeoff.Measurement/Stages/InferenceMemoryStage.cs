using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>inference-memory: the resident memory of the model loaded from its saved form.</summary>
internal sealed class InferenceMemoryStage : IQualityProbe
{
    public const string Group = QualityIds.InferenceMemory;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.InferenceMemory, "B", Direction.LowerIsBetter, "resident memory of the model loaded from its saved form", Group,
            "peak resident memory above the level before loading the saved model and predicting one row, in a process of its own"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        run.Set(QualityIds.InferenceMemory, LoadedMemoryProbe.Measure(technique.Technique, technique.Model!, technique.InferenceMatrix[..technique.InferenceRows.FeatureCount], run.Context));
    }
}
