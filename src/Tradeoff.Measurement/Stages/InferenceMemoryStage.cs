using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>inference-memory: the resident memory of the model loaded from its saved form.</summary>
internal sealed class InferenceMemoryStage : IQualityProbe
{
    public string Stage => QualityIds.InferenceMemory;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.InferenceMemory);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        run.Set(QualityIds.InferenceMemory, LoadedMemoryProbe.Measure(technique.Technique, technique.Model!, technique.InferenceMatrix[..technique.InferenceRows.FeatureCount], run.Context));
    }
}
