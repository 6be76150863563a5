using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>inference-allocated: the managed bytes one single-row prediction allocates.</summary>
internal sealed class InferenceAllocatedStage : IQualityProbe
{
    /// <summary>Single-row calls whose allocations are averaged.</summary>
    private const int AllocationCalls = 1000;

    public string Stage => QualityIds.InferenceAllocated;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.InferenceAllocated);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var bytes = LatencyProbe.AllocatedPerCall(run.Run.Model!, run.Run.InferenceMatrix, run.Run.InferenceRows.FeatureCount, AllocationCalls);
        run.Set(QualityIds.InferenceAllocated, QualityFactory.Create(QualityIds.InferenceAllocated, bytes, $"managed bytes allocated on the calling thread over {QualityFormat.Count(AllocationCalls)} single-row predictions, divided by {QualityFormat.Count(AllocationCalls)}") with { SampleCount = AllocationCalls });
    }
}
