using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Stages;

namespace Tradeoff.Measurement;

/// <summary>
/// Every quality Tradeoff can measure, composed from their declarations: the engine's own
/// (<see cref="EngineQualities"/>) and each registered probe's (<see cref="RegisteredProbes"/>). Core's
/// <see cref="QualityCatalog"/> is this list, so a quality a new probe declares can be named in a study's
/// qualities, constraints, objectives and weights without a line anywhere else.
/// </summary>
public static class MeasuredQualities
{
    // Reports list qualities in this order of their groups (the order a reader expects: speed before size), which
    // is not the order the probes run in; a group not named here follows, in registration order.
    private static readonly string[] ReadingOrder =
    [
        EngineQualities.Scores, EngineQualities.Training, LatencyStage.Group, ThroughputStage.Group, InferenceAllocatedStage.Group,
        InferenceMemoryStage.Group, ModelSizeStage.Group, DeploymentStage.Group,
    ];

    /// <summary>The descriptors, the engine's first, then the probes' by <see cref="ReadingOrder"/> and registration.</summary>
    public static IReadOnlyList<QualityDescriptor> All { get; } =
    [
        .. EngineQualities.All,
        .. RegisteredProbes.All.SelectMany(p => p.Qualities)
            .Select((quality, index) => (quality, index))
            .OrderBy(q => Array.IndexOf(ReadingOrder, q.quality.Group) is var at and >= 0 ? at : ReadingOrder.Length)
            .ThenBy(q => q.index)
            .Select(q => q.quality),
    ];
}
