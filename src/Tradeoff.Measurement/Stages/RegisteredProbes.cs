using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// The probes the engine runs, in this order, after cross-validation and the final fit: the one registration list
/// a new quality joins (docs/ARCHITECTURE.md, "Adding a quality"). The order is the protocol's: the timed probes of the final
/// model first, while nothing else has touched it; energy after latency, whose median sizes its rounds; the
/// deployment runtime after every in-process timed probe, so its native session never shares their heap or threads; data-needs
/// before scale, which reads its learning curve.
/// </summary>
internal static class RegisteredProbes
{
    public static IReadOnlyList<IQualityProbe> All { get; } =
    [
        new ModelSizeStage(),
        new LatencyStage(),
        new InferenceAllocatedStage(),
        new InferenceMemoryStage(),
        new ThroughputStage(),
        new EnergyStage(),
        new DeploymentStage(),
        new InterpretabilityStage(),
        new ImportanceStage(),
        new RobustnessStage(),
        new StabilityStage(),
        new FairnessStage(),
        new PrivacyStage(),
        new DataNeedsStage(),
        new ScaleStage(),
        new IncrementalStage(),
    ];
}
