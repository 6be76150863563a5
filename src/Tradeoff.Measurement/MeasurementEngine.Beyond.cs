using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>
/// Protocol II: interpretability, importance, robustness, stability, fairness, privacy, data needs, scale and
/// incremental learning, on held-out parts shared by the probes (docs/PROTOCOL.md).
/// </summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Permutations per feature and part for importance.</summary>
    private const int ImportanceRepeats = 3;

    /// <summary>Where the seeds of extra retrain fits start, apart from the timing fits on all training rows.</summary>
    private const int RetrainSeeds = 1000;

    /// <summary>Importance stops taking new features past this, so 784 pixels cannot stall a run.</summary>
    private static readonly TimeSpan ImportanceCap = TimeSpan.FromSeconds(10);

    private static readonly string[] ComplexityIds = [.. InterpretabilityProbe.ComplexityNames.Select(n => n.Id)];
    private static readonly string[] ImportanceIds = [QualityIds.Importance, QualityIds.ImportanceAll];
    private static readonly string[] RobustnessIds = [QualityIds.RobustnessNoise01, QualityIds.RobustnessNoise03, QualityIds.RobustnessNoiseDrop, QualityIds.RobustnessNominalNoise, QualityIds.RobustnessNominalNoiseDrop, QualityIds.RobustnessLabelNoise, QualityIds.RobustnessLabelNoiseDrop];
    private static readonly string[] LabelNoiseIds = [QualityIds.RobustnessLabelNoise, QualityIds.RobustnessLabelNoiseDrop];
    private static readonly string[] StabilityIds = [QualityIds.StabilityAccuracySpread, QualityIds.StabilityBootstrapSpread, QualityIds.StabilityChurn];
    private static readonly string[] PrivacyIds = [QualityIds.PrivacyGeneralizationGap, QualityIds.PrivacyLossGap, QualityIds.PrivacyMembershipAuc];
    private static readonly string[] DataNeedsIds = [.. DataNeedsProbe.CurveIds, QualityIds.DataNeedsRowsTo95];
    private static readonly string[] ScaleIds = [QualityIds.ScaleTrainTimeExponent, QualityIds.ScaleTrainMemoryExponent, QualityIds.ScaleModelSizeExponent, QualityIds.ScaleProjectedTrainTime, QualityIds.ScaleProjectedModelSize, QualityIds.ScaleDailyInferenceCost];
    private static readonly string[] FairnessIds = [QualityIds.FairnessAccuracyGap, QualityIds.FairnessDemographicParity, QualityIds.FairnessEqualizedOdds];

    private bool NeedsFinalModel(TechniqueRun run) => WantsAny(ComplexityIds) || (run.Test is not null && WantsFairness());

    private void MeasureBeyond(TechniqueRun run)
    {
        var seed = _protocol.Seed;
        if (Wants(QualityIds.Interpretability) || WantsAny(ComplexityIds))
        {
            Stage(run, QualityIds.Interpretability, () => Interpretability(run));
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
            Stage(run, QualityIds.Importance, () =>
            {
                var (top, all) = ImportanceProbe.Measure(run.Parts!, ImportanceRepeats, ImportanceCap, seed, _context, run.Budget, partsText);
                Set(run, QualityIds.Importance, top);
                Set(run, QualityIds.ImportanceAll, all);
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
                : IncrementalProbe.Measure((IIncrementalTechnique)run.Parts![0].Technique, run.Parts[0], Retrains(run, run.Parts[0]), _runner, _context, _protocol.WarmUp, run.Budget, seed)));
        }
    }

    private bool NeedsHeldOutParts(bool incremental) =>
        WantsAny(ImportanceIds) || WantsAny(RobustnessIds) || WantsAny(StabilityIds) || WantsAny(PrivacyIds)
        || WantsAny(DataNeedsIds) || WantsAny(ScaleIds) || (incremental && WantsAny(IncrementalProbe.Ids));

    /// <summary>
    /// Wall seconds of the fits at steady state of <paramref name="part"/>'s technique on as many rows as its training
    /// rows: the cross-validation folds and the held-out parts' own fits, and extra fits of the part until there are enough.
    /// </summary>
    private List<double> Retrains(TechniqueRun run, HeldOutPart part)
    {
        var rows = part.Train.RowCount;
        // A tuned technique's folds fit the search, and its parts may each have chosen another configuration: only
        // the part's own fits are then fits of the part's technique.
        var fits = ReferenceEquals(part.Technique, run.Technique) ? run.Fits.Concat(run.Parts!.Where(p => ReferenceEquals(p.Technique, part.Technique)).Select(p => p.Fit)) : [part.Fit];
        var sameSize = fits.Where(f => SameSize(f.Rows, rows)).ToList();
        EnsureSteadyFits(run, part.Technique, part.Train, sameSize, RetrainSeeds);
        return sameSize.Where(f => f.Steady).Select(f => f.WallSeconds).ToList();
    }

    private void Interpretability(TechniqueRun run)
    {
        Set(run, QualityIds.Interpretability, InterpretabilityProbe.Interpretability(run.Technique, run.Model));
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

    /// <summary>
    /// CPU seconds per single-row prediction, from the loop of predictions only: the final model's (shared with
    /// energy.predict), else the first part's model on its held-out rows.
    /// </summary>
    private double? CpuPerPrediction(TechniqueRun run)
    {
        if (run.Model is not null)
        {
            return Descriptive.Median(PredictionCost(run, run.InferenceRows.FeatureCount).CpuSeconds);
        }

        var part = run.Parts![0];
        return part.Test.RowCount == 0 ? null
            : Descriptive.Median(PredictionCostProbe.Measure(part.Model, part.TestMatrix, part.Test.FeatureCount, 0, _context, run.Budget.Token).CpuSeconds);
    }

    private void SetAll(TechniqueRun run, Dictionary<string, QualityValue> values)
    {
        foreach (var (id, value) in values)
        {
            Set(run, id, value);
        }
    }
}
