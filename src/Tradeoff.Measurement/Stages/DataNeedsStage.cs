using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// data-needs: the learning curve on the held-out parts. It also runs for the scale qualities, which fit their
/// power laws to the curve it leaves in <see cref="Protocol.TechniqueRun.Curve"/>.
/// </summary>
internal sealed class DataNeedsStage : IQualityProbe
{
    public const string Group = "data-needs";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.DataNeedsAccuracy10, "fraction", Direction.HigherIsBetter, "accuracy trained on 10% of the training part", Group,
            "held-out score of fits on a seeded 10% subsample of each training part, mean over the parts"),
        new(QualityIds.DataNeedsAccuracy25, "fraction", Direction.HigherIsBetter, "accuracy trained on 25% of the training part", Group,
            "held-out score of fits on a seeded 25% subsample of each training part, mean over the parts"),
        new(QualityIds.DataNeedsAccuracy50, "fraction", Direction.HigherIsBetter, "accuracy trained on 50% of the training part", Group,
            "held-out score of fits on a seeded 50% subsample of each training part, mean over the parts"),
        new(QualityIds.DataNeedsAccuracy100, "fraction", Direction.HigherIsBetter, "accuracy trained on all of the training part", Group,
            "held-out score of fits on all of each training part, mean over the parts"),
        new(QualityIds.DataNeedsRowsTo95, "rows", Direction.LowerIsBetter, "training rows needed for 95% of the full accuracy", Group,
            "the training rows at which the learning curve, interpolated linearly, first reaches 95% of its score at 100%"),
    ];

    /// <summary>The scale qualities that read the curve's fit times and memory: while one is asked for, its fits run one at a time, each timed alone.</summary>
    public static readonly string[] TimedScaleIds = [QualityIds.ScaleTrainTimeExponent, QualityIds.ScaleTrainMemoryExponent, QualityIds.ScaleProjectedTrainTime];

    public bool Applies(ProbeScope scope) => scope.WantsAny(Qualities.Select(q => q.Id)) || scope.WantsAny(ScaleStage.Ids);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    // 100% is the part's own model; the smaller subsamples are fitted once per part and draw.
    public PlannedFits Fits(PlanScope scope)
    {
        var smaller = DataNeedsProbe.Fractions.Where(f => f < 1).ToList();
        var draws = scope.Spec.DataNeedsRepetition;
        return new PlannedFits(scope.Parts * smaller.Count * scope.LeastRounds(draws), scope.Parts * smaller.Count * draws.Maximum, scope.PartShare * smaller.Average());
    }

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        var fits = run.Scope.WantsAny(TimedScaleIds) ? ConcurrentFits.Alone(run.Runner) : ConcurrentFits.For(technique.Parts![0].Technique, run.Runner, technique.Parts![0].Train);
        var (curve, rounds) = DataNeedsProbe.Curve(technique.Parts!, run.Runner, fits, technique.Budget, run.Protocol.Seed, run.Protocol.DataNeedsRepetition);
        technique.Curve = curve;
        run.SetAll(DataNeedsProbe.Summarize(curve, technique.Parts!, run.PartsText, Scoring.Name(technique.Train.Task), run.Protocol.DataNeedsRepetition, rounds, fits.Describe()));
    }
}
