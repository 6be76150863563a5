using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>incremental: whether the technique absorbs new rows, and the time and accuracy of an update against a full retrain.</summary>
internal sealed class IncrementalStage : IQualityProbe
{
    /// <summary>Where the seeds of extra retrain fits start, apart from the timing fits on all training rows.</summary>
    private const int RetrainSeeds = 1000;

    public const string Group = "incremental";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.IncrementalUpdateTime, "s", Direction.LowerIsBetter, "time to absorb new rows", Group,
            "median wall seconds of Updates absorbing new rows into a fresh copy of the fitted model, after warm-up"),
        new(QualityIds.IncrementalRetrainTime, "s", Direction.LowerIsBetter, "time of the full retrain the update replaces", Group,
            "median wall seconds of the full refit on all rows that the update replaces"),
        new(QualityIds.IncrementalUpdateAccuracy, "fraction", Direction.HigherIsBetter, "accuracy of the updated model", Group,
            "held-out score of the model fitted on part of the rows and then updated with the rest"),
        new(QualityIds.IncrementalAccuracyLoss, "fraction", Direction.LowerIsBetter, "accuracy of the retrained minus the updated model", Group,
            "held-out score of the full refit minus that of the updated model"),
        new(
            QualityIds.IncrementalStreamAccuracy, "fraction", Direction.HigherIsBetter, "mean progressive (predict, then learn) accuracy over a stream of batches", Group,
            "progressive validation: batches of a stream each predicted before the model is updated with them; mean over batches"),
    ];

    // A technique that cannot update is only said to be so.
    public ProbeNeeds Needs(ProbeScope scope) => scope.Incremental ? ProbeNeeds.HeldOutParts : ProbeNeeds.None;

    // On the first part: a fit on 90% of its rows (then updated), and one on half of them (then streamed).
    public PlannedFits? Fits(PlanScope scope) => scope.Probes.Incremental ? PlannedFits.Exactly(2, scope.PartShare * (0.9 + 0.5) / 2) : null;

    /// <summary>
    /// The updates' warm-up (taken to last as the predictions' did when the plan timed them), and the retrain fits at
    /// steady state on the first part's rows that no earlier fit of that size gives: with a test set the part is the
    /// final fit, whose timing fits serve; under k-fold the folds are the part's size; under leave-one-out none is.
    /// </summary>
    public TimeSpan TimedWork(PlanScope scope)
    {
        if (!scope.Probes.Incremental || scope.Protocol.Kind == ValidationKind.TestSet)
        {
            return scope.Probes.Incremental ? scope.WarmUp : TimeSpan.Zero;
        }

        var retrain = scope.Cost.At(scope.PartShare);
        var already = scope.Protocol.Kind == ValidationKind.LeaveOneOut ? 0 : (scope.Protocol.Folds * scope.Protocol.Repeats) - 1;
        return scope.WarmUp + TimeSpan.FromSeconds(TimingFits.Planned(retrain, scope.Spec.WarmUp.Maximum, already) * retrain);
    }

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        if (technique.Technique is not IIncrementalTechnique)
        {
            run.SetAll(IncrementalProbe.NotSupported(technique.Technique.Id));
            return;
        }

        var part = technique.Parts![0];
        run.SetAll(IncrementalProbe.Measure((IIncrementalTechnique)part.Technique, part, Retrains(run, part), run.Runner, run.Context, run.Protocol.WarmUp, technique.Budget, run.Protocol.Seed));
    }

    /// <summary>
    /// Wall seconds of the fits at steady state of <paramref name="part"/>'s technique on as many rows as its training
    /// rows: the cross-validation folds and the held-out parts' own fits, and extra fits of the part until there are enough.
    /// </summary>
    private static List<double> Retrains(ProbeRun run, HeldOutPart part)
    {
        var technique = run.Run;
        var rows = part.Train.RowCount;
        // A tuned technique's folds fit the search, and its parts may each have chosen another configuration: only
        // the part's own fits are then fits of the part's technique.
        var fits = ReferenceEquals(part.Technique, technique.Technique) ? technique.Fits.Concat(technique.Parts!.Where(p => ReferenceEquals(p.Technique, part.Technique)).Select(p => p.Fit)) : [part.Fit];
        var sameSize = fits.Where(f => Protocol.TimingFits.SameSize(f.Rows, rows)).ToList();
        run.TimingFits.Ensure(technique, part.Technique, part.Train, sameSize, RetrainSeeds);
        return sameSize.Where(f => f.Steady).Select(f => f.WallSeconds).ToList();
    }
}
