using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Stages;

/// <summary>scale: power laws of cost over row count from the learning curve, projected to the study's production volume.</summary>
internal sealed class ScaleStage : IQualityProbe
{
    public static readonly string[] Ids =
    [
        QualityIds.ScaleTrainTimeExponent, QualityIds.ScaleTrainMemoryExponent, QualityIds.ScaleModelSizeExponent,
        QualityIds.ScaleProjectedTrainTime, QualityIds.ScaleProjectedModelSize, QualityIds.ScaleDailyInferenceCost,
    ];

    public const string Group = "scale";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.ScaleTrainTimeExponent, "exponent", Direction.LowerIsBetter, "b of train-time = a x rows^b", Group,
            "b of a least-squares power law train-time = a x rows^b fitted to the learning curve's fits"),
        new(QualityIds.ScaleTrainMemoryExponent, "exponent", Direction.LowerIsBetter, "b of train-memory = a x rows^b", Group,
            "b of a least-squares power law train-memory = a x rows^b fitted to the learning curve's fits"),
        new(QualityIds.ScaleModelSizeExponent, "exponent", Direction.LowerIsBetter, "b of model-size = a x rows^b", Group,
            "b of a least-squares power law model-size = a x rows^b fitted to the learning curve's models"),
        new(QualityIds.ScaleProjectedTrainTime, "s", Direction.LowerIsBetter, "train-time extrapolated to the study's production rows", Group,
            "the train-time power law evaluated at the study's production rows"),
        new(QualityIds.ScaleProjectedModelSize, "B", Direction.LowerIsBetter, "model-size extrapolated to the study's production rows", Group,
            "the model-size power law evaluated at the study's production rows"),
        new(QualityIds.ScaleDailyInferenceCost, "USD", Direction.LowerIsBetter, "compute cost of the study's predictions per day", Group,
            "measured CPU seconds per single-row prediction times the study's predictions per day, times its price per CPU hour"),
    ];

    // The curve comes from the data-needs stage, registered before this one.
    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run) =>
        run.SetAll(ScaleProbe.Measure(run.Run.Curve!, run.Scale, CpuPerPrediction(run), run.Protocol.PricePerCpuHour, run.PartsText));

    /// <summary>
    /// CPU seconds per single-row prediction, from the loop of predictions only: the final model's (shared with
    /// energy.predict), else the first part's model on its held-out rows.
    /// </summary>
    private static double? CpuPerPrediction(ProbeRun run)
    {
        if (run.Run.Model is not null)
        {
            return Descriptive.Median(run.PredictionCost().CpuSeconds);
        }

        var part = run.Run.Parts![0];
        return part.Test.RowCount == 0 ? null
            : Descriptive.Median(PredictionCostProbe.Measure(part.Model, part.TestMatrix, part.Test.FeatureCount, 0, run.Context, run.Run.Budget.Token).CpuSeconds);
    }
}
