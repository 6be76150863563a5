using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement;

/// <summary>
/// Protocol II: interpretability, importance, robustness, stability, fairness, privacy, data needs, scale and
/// incremental learning, on held-out parts shared by the probes (docs/PROTOCOL.md).
/// </summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Permutations per feature and part for importance.</summary>
    private const int ImportanceRepeats = 3;

    /// <summary>Importance stops taking new features past this, so 784 pixels cannot stall a run.</summary>
    private static readonly TimeSpan ImportanceCap = TimeSpan.FromSeconds(10);

    private static readonly string[] ComplexityIds = [.. InterpretabilityProbe.ComplexityNames.Select(n => n.Id)];
    private static readonly string[] ImportanceIds = ["importance", "importance.all"];
    private static readonly string[] RobustnessIds = ["robustness.noise-0.1", "robustness.noise-0.3", "robustness.noise-drop", "robustness.nominal-noise", "robustness.nominal-noise-drop", "robustness.label-noise", "robustness.label-noise-drop"];
    private static readonly string[] LabelNoiseIds = ["robustness.label-noise", "robustness.label-noise-drop"];
    private static readonly string[] StabilityIds = ["stability.accuracy-spread", "stability.bootstrap-spread", "stability.churn"];
    private static readonly string[] PrivacyIds = ["privacy.generalization-gap", "privacy.loss-gap", "privacy.membership-auc"];
    private static readonly string[] DataNeedsIds = [.. DataNeedsProbe.CurveIds, "data-needs.rows-to-95"];
    private static readonly string[] ScaleIds = ["scale.train-time-exponent", "scale.train-memory-exponent", "scale.model-size-exponent", "scale.projected-train-time", "scale.projected-model-size", "scale.daily-inference-cost"];
    private static readonly string[] FairnessIds = ["fairness.accuracy-gap", "fairness.demographic-parity", "fairness.equalized-odds"];

    private bool NeedsFinalModel(TechniqueRun run) => WantsAny(ComplexityIds) || (run.Test is not null && WantsFairness());

    private void MeasureBeyond(TechniqueRun run)
    {
        var seed = _protocol.Seed;
        if (Wants("interpretability") || WantsAny(ComplexityIds))
        {
            Stage(run, "interpretability", () => Interpretability(run));
        }

        var incremental = run.Technique as IIncrementalTechnique;
        var needsParts = NeedsHeldOutParts(incremental is not null);
        if (needsParts)
        {
            Stage(run, "held-out-fits", () => run.Parts = HeldOutParts.Build(run, _runner));
        }

        var partsText = needsParts ? HeldOutParts.Describe(run, run.Parts!) : "";
        if (WantsAny(ImportanceIds))
        {
            Stage(run, "importance", () =>
            {
                var (top, all) = ImportanceProbe.Measure(run.Parts!, ImportanceRepeats, ImportanceCap, seed, _context, run.Budget, partsText);
                Set(run, "importance", top);
                Set(run, "importance.all", all);
            });
        }

        if (WantsAny(RobustnessIds))
        {
            Stage(run, "robustness", () => SetAll(run, RobustnessProbe.Measure(run.Parts!, _runner, run.Budget, seed, partsText, WantsAny(LabelNoiseIds))));
        }

        if (WantsAny(StabilityIds))
        {
            Stage(run, "stability", () => SetAll(run, StabilityProbe.Measure(run.Parts!, _runner, run.Budget, seed, partsText)));
        }

        if (WantsFairness())
        {
            Stage(run, "fairness", () => Fairness(run));
        }

        if (WantsAny(PrivacyIds))
        {
            Stage(run, "privacy", () => SetAll(run, PrivacyProbe.Measure(run.Parts!, run.Budget, seed, partsText)));
        }

        if (WantsAny(DataNeedsIds) || WantsAny(ScaleIds))
        {
            List<CurvePoint> points = [];
            Stage(run, "data-needs", () =>
            {
                points = DataNeedsProbe.Curve(run.Parts!, _runner, run.Budget, seed);
                SetAll(run, DataNeedsProbe.Summarize(points, run.Parts!, partsText, Scoring.Name(run.Train.Task)));
            });
            if (WantsAny(ScaleIds))
            {
                Stage(run, "scale", () => SetAll(run, ScaleProbe.Measure(points, _scale, CpuPerPrediction(run), _protocol.PricePerCpuHour, partsText)));
            }
        }

        if (WantsAny(IncrementalProbe.Ids))
        {
            Stage(run, "incremental", () => SetAll(run, incremental is null
                ? IncrementalProbe.NotSupported(run.Technique.Id)
                : IncrementalProbe.Measure((IIncrementalTechnique)run.Parts![0].Technique, run.Parts[0], _runner, _context, run.Budget, seed)));
        }
    }

    private bool NeedsHeldOutParts(bool incremental) =>
        WantsAny(ImportanceIds) || WantsAny(RobustnessIds) || WantsAny(StabilityIds) || WantsAny(PrivacyIds)
        || WantsAny(DataNeedsIds) || WantsAny(ScaleIds) || (incremental && WantsAny(IncrementalProbe.Ids));

    private void Interpretability(TechniqueRun run)
    {
        Set(run, "interpretability", InterpretabilityProbe.Interpretability(run.Technique, run.Model));
        if (run.Model is not { } model)
        {
            return;
        }

        var complexity = InterpretabilityProbe.Complexity(model, run.Technique.Id);
        SetAll(run, complexity);
        if (_selection.All)
        {
            return;
        }

        // A figure asked for by name that the model lacks says so instead of vanishing.
        foreach (var id in ComplexityIds.Where(id => Wants(id) && !complexity.ContainsKey(id)))
        {
            run.Qualities[id] = QualityFactory.Unavailable(id, "not available: " + InterpretabilityProbe.Missing(model, run.Technique.Id, id));
        }
    }

    /// <summary>CPU seconds per single-row prediction: from the latency calls, else timed here on the first part's held-out rows.</summary>
    private double? CpuPerPrediction(TechniqueRun run)
    {
        if (run.Latency is { } latency && latency.Microseconds.Length > 0)
        {
            return latency.CpuSeconds / latency.Microseconds.Length;
        }

        var part = run.Parts![0];
        var width = part.Test.FeatureCount;
        var output = new float[part.Model.OutputLength];
        var cpu0 = _context.Cpu.ProcessorTime;
        for (var r = 0; r < part.Test.RowCount; r++)
        {
            part.Model.Predict(part.TestMatrix.AsSpan(r * width, width), output);
        }

        return part.Test.RowCount == 0 ? null : (_context.Cpu.ProcessorTime - cpu0).TotalSeconds / part.Test.RowCount;
    }

    private void SetAll(TechniqueRun run, Dictionary<string, QualityValue> values)
    {
        foreach (var (id, value) in values)
        {
            Set(run, id, value);
        }
    }
}
