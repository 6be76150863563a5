using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>inference-allocated: the managed bytes one single-row prediction allocates.</summary>
internal sealed class InferenceAllocatedStage : IQualityProbe
{
    /// <summary>Single-row calls whose allocations are averaged.</summary>
    private const int AllocationCalls = 1000;

    public const string Group = QualityIds.InferenceAllocated;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.InferenceAllocated, "B", Direction.LowerIsBetter, "managed bytes allocated per single-row prediction", Group,
            "managed bytes allocated on the calling thread over many single-row predictions, divided by their number"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    public void Measure(ProbeRun run)
    {
        var bytes = LatencyProbe.AllocatedPerCall(run.Run.Model!, run.Run.InferenceMatrix, run.Run.InferenceRows.FeatureCount, AllocationCalls);
        run.Set(QualityIds.InferenceAllocated, QualityFactory.Create(QualityIds.InferenceAllocated, bytes, $"managed bytes allocated on the calling thread over {QualityFormat.Count(AllocationCalls)} single-row predictions, divided by {QualityFormat.Count(AllocationCalls)}") with { SampleCount = AllocationCalls });
    }
}
