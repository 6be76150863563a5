using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// onnx.latency.p50 and p99, onnx.model-size: the final model as a team ships it (exported to ONNX with its
/// featurization, run in ONNX Runtime), timed with the same steady-state protocol as the in-process latency, so a
/// team sees what it will ship beside the in-process figure (issue 17). The runtime is composed by the caller
/// (<see cref="MeasurementEngine.Deployment"/>); a technique ONNX cannot express says why.
/// </summary>
internal sealed class DeploymentStage : IQualityProbe
{
    public const string Group = "onnx";

    public const string LatencyP50 = "onnx.latency.p50";

    public const string LatencyP99 = "onnx.latency.p99";

    public const string ModelSize = "onnx.model-size";

    private const string Shipped = "the ONNX file tradeoff export writes (featurization included), loaded in ONNX Runtime on one thread and fed one row's raw columns as named tensors per call";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(LatencyP50, "us", Direction.LowerIsBetter, "median time to predict one row with the exported model in ONNX Runtime", Group,
            $"{Shipped}; timed as latency.p50 (steady state, rounds); the median"),
        new(LatencyP99, "us", Direction.LowerIsBetter, "99th percentile time to predict one row with the exported model in ONNX Runtime", Group,
            $"the 99th percentile of the same timed ONNX Runtime calls as {LatencyP50}"),
        new(ModelSize, "B", Direction.LowerIsBetter, "bytes of the exported ONNX file", Group, "bytes of the ONNX file tradeoff export writes, featurization included"),
    ];

    // Only when the study names them (protocol.qualities: [onnx] or an id): the export and a native runtime in the
    // measuring process are a cost a study asks for. Measured by default, they made the timed latency of the
    // techniques measured after them noisier: two identical quick credit-scoring runs put a different technique on
    // the latency frontier in 1 try of 3 (ReproducibilityTests); with the stage opt-in, 3 tries of 3 decided alike.
    public bool Applies(ProbeScope scope) => scope.Selection.NamesAny(Qualities.Select(q => q.Id));

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel;

    // The least: the same warm-up and timed rounds as the in-process latency (the export itself is not counted).
    public TimeSpan TimedWork(PlanScope scope) => scope.WarmUp + (LatencyProbe.MinRounds * LatencyProbe.RoundTime);

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        if (run.Deployment is not { } runtime)
        {
            SetUnavailable(run, "no deployment runtime: the caller of the engine composed none (the tradeoff command composes ONNX Runtime)");
            return;
        }

        using var deployed = runtime.Deploy(technique.Model!, technique.Train, technique.Name, technique.Technique.Id);
        if (deployed.Model is not { } model)
        {
            SetUnavailable(run, deployed.WhyNot!);
            return;
        }

        run.Set(ModelSize, QualityFactory.Create(ModelSize, deployed.Bytes) with { SampleCount = 1 });
        var plan = new LatencyPlan(technique.Protocol.LatencySamples, run.Protocol.LatencyTimeCap, run.Protocol.LatencyHardCap, run.Protocol.WarmUp);
        var latency = LatencyProbe.Measure(model, technique.InferenceMatrix, technique.InferenceRows.FeatureCount, plan, run.Context, technique.Budget.Token);
        var rows = $"{QualityFormat.Count(technique.InferenceRows.RowCount)} {technique.InferenceRowsText}";
        foreach (var (id, value) in LatencyQualities.From(latency, rows))
        {
            var shipped = id == QualityIds.LatencyP50 ? LatencyP50 : id == QualityIds.LatencyP99 ? LatencyP99 : null;
            if (shipped is not null)
            {
                run.Set(shipped, value with { Protocol = $"{runtime.Name}: {Shipped}; {value.Protocol}" });
            }
        }
    }

    private void SetUnavailable(ProbeRun run, string why)
    {
        foreach (var quality in Qualities)
        {
            run.Set(quality.Id, QualityFactory.Unavailable(quality.Id, why));
        }
    }
}
