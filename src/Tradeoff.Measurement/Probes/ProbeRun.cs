using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>What a probe measures with: the technique's run so far, the study, and the means the engine shares.</summary>
internal sealed class ProbeRun
{
    private string? _partsText;

    public required TechniqueRun Run { get; init; }

    public required ProbeScope Scope { get; init; }

    public required ProtocolSpec Protocol { get; init; }

    public required ProbeContext Context { get; init; }

    public required FitRunner Runner { get; init; }

    public required TimingFits TimingFits { get; init; }

    /// <summary>The runtime the final model is shipped in, for the deployment qualities, or null when none was composed.</summary>
    public Deployment.IDeploymentRuntime? Deployment { get; init; }

    /// <summary>The study's production volume the scale qualities project to, or null.</summary>
    public ScaleSpec? Scale { get; init; }

    /// <summary>The held-out parts, described for protocol lines.</summary>
    public string PartsText => _partsText ??= HeldOutParts.Describe(Run, Run.Parts!);

    /// <summary>Sets <paramref name="id"/>'s value when the study asks for it.</summary>
    public void Set(string id, QualityValue value)
    {
        if (Scope.Wants(id))
        {
            Run.Qualities[id] = value;
        }
    }

    public void SetAll(Dictionary<string, QualityValue> values)
    {
        foreach (var (id, value) in values)
        {
            Set(id, value);
        }
    }

    /// <summary>The loop-only cost of one prediction of the final model, measured once per technique.</summary>
    public PredictionCost PredictionCost()
    {
        var perCall = Run.Latency is { Microseconds.Length: > 0 } latency ? Descriptive.Median(latency.Microseconds) * 1e-6 : 0;
        return Run.PredictionCost ??= PredictionCostProbe.Measure(Run.Model!, Run.InferenceMatrix, Run.InferenceRows.FeatureCount, perCall, Context, Run.Budget.Token);
    }
}
