using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// data-needs: the learning curve on the held-out parts. It also runs for the scale qualities, which fit their
/// power laws to the curve it leaves in <see cref="Protocol.TechniqueRun.Curve"/>.
/// </summary>
internal sealed class DataNeedsStage : IQualityProbe
{
    public string Stage => "data-needs";

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of([.. DataNeedsProbe.CurveIds, QualityIds.DataNeedsRowsTo95]);

    public bool Applies(ProbeScope scope) => scope.WantsAny(Qualities.Select(q => q.Id)) || scope.WantsAny(ScaleStage.Ids);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        technique.Curve = DataNeedsProbe.Curve(technique.Parts!, run.Runner, technique.Budget, run.Protocol.Seed);
        run.SetAll(DataNeedsProbe.Summarize(technique.Curve, technique.Parts!, run.PartsText, Scoring.Name(technique.Train.Task)));
    }
}
