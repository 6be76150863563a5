using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// fairness: per-group behaviour for each protected attribute, on one prediction per row: the test set's from the
/// final model, else the first repeat's out-of-fold predictions (<see cref="ProbeNeeds.OutOfFold"/>).
/// </summary>
internal sealed class FairnessStage : IQualityProbe
{
    public const string Group = "fairness";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.FairnessAccuracyGap, "fraction", Direction.LowerIsBetter, "largest accuracy difference between groups", Group,
            "per protected attribute, the largest difference in accuracy between its groups; the largest over the attributes"),
        new(QualityIds.FairnessDemographicParity, "fraction", Direction.LowerIsBetter, "largest selection-rate difference between groups", Group,
            "per protected attribute, the largest difference in selection rate between its groups; the largest over the attributes"),
        new(QualityIds.FairnessEqualizedOdds, "fraction", Direction.LowerIsBetter, "largest TPR or FPR difference between groups", Group,
            "per protected attribute, the largest difference in true or false positive rate between its groups; the largest over the attributes"),
    ];

    /// <summary>Whether the study asks for a fairness quality, over all attributes or one (<c>fairness.age.demographic-parity</c>).</summary>
    public static bool Wanted(ProbeScope scope) =>
        scope.WantsAny(FairnessIds.Gaps.Select(FairnessIds.Of))
        || scope.Protected.Any(a => scope.WantsAny(FairnessIds.Gaps.Select(gap => FairnessIds.Of(a.Name, gap))));

    public bool Applies(ProbeScope scope) => Wanted(scope);

    // Without a test set, one prediction per row comes from the folds; they matter only where there are groups to compare.
    public ProbeNeeds Needs(ProbeScope scope) =>
        scope.HasTest ? ProbeNeeds.FinalModel
        : scope.Protected.Count > 0 && scope.Task.IsClassification() ? ProbeNeeds.OutOfFold
        : ProbeNeeds.None;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        var attributes = run.Scope.Protected;
        var seed = run.Protocol.Seed;
        if (attributes.Count == 0 || !technique.Train.Task.IsClassification())
        {
            run.SetAll(FairnessProbe.Measure(technique.Train, [], [], seed, ""));
            return;
        }

        if (technique.Test is not null)
        {
            run.SetAll(FairnessProbe.Measure(technique.Test, AccuracyProbe.Predict(technique.Model!, technique.Test), attributes, seed, $"the {QualityFormat.Count(technique.Test.RowCount)} test rows, predicted by the model fitted on all training rows"));
            return;
        }

        var outputs = technique.OutOfFold!;
        var source = $"the pooled out-of-fold predictions of all {QualityFormat.Count(technique.Train.RowCount)} training rows (first repeat of {ProtocolDescription.Describe(technique.Protocol, technique.Train)})";
        if (technique.AccuracyTechnique is not null)
        {
            source += ", each fold's model with the configuration a search on that fold's training rows chose";
        }

        run.SetAll(FairnessProbe.Measure(technique.Train, outputs, attributes, seed, source));
    }
}
