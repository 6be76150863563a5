using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>importance: permutation importance of the features on the held-out parts.</summary>
internal sealed class ImportanceStage : IQualityProbe
{
    /// <summary>Permutations per feature and part.</summary>
    private const int ImportanceRepeats = 3;

    /// <summary>Importance stops taking new features past this, so 784 pixels cannot stall a run.</summary>
    private static readonly TimeSpan ImportanceCap = TimeSpan.FromSeconds(10);

    public string Stage => QualityIds.Importance;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of(QualityIds.Importance, QualityIds.ImportanceAll);

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.HeldOutParts;

    public void Measure(ProbeRun run)
    {
        var (top, all) = ImportanceProbe.Measure(run.Run.Parts!, ImportanceRepeats, ImportanceCap, run.Protocol.Seed, run.Context, run.Run.Budget, run.PartsText);
        run.Set(QualityIds.Importance, top);
        run.Set(QualityIds.ImportanceAll, all);
    }
}
