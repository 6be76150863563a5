using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>interpretability from the technique's capability; the complexity figures from the final model.</summary>
internal sealed class InterpretabilityStage : IQualityProbe
{
    private static readonly string[] ComplexityIds = [.. InterpretabilityProbe.ComplexityNames.Select(n => n.Id)];

    public string Stage => QualityIds.Interpretability;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } = CatalogQualities.Of([QualityIds.Interpretability, .. ComplexityIds]);

    // The flag comes from the capability alone: only the complexity figures need a model.
    public ProbeNeeds Needs(ProbeScope scope) => scope.WantsAny(ComplexityIds) ? ProbeNeeds.FinalModel : ProbeNeeds.None;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        run.Set(QualityIds.Interpretability, InterpretabilityProbe.Interpretability(technique.Technique, technique.Model));
        if (technique.Model is not { } model)
        {
            return;
        }

        var complexity = InterpretabilityProbe.Complexity(model, technique.Technique.Id);
        run.SetAll(complexity);
        if (run.Scope.Selection.All)
        {
            return;
        }

        // A figure asked for by name that the model lacks says so instead of vanishing.
        foreach (var id in ComplexityIds.Where(id => run.Scope.Wants(id) && !complexity.ContainsKey(id)))
        {
            technique.Qualities[id] = QualityFactory.Unavailable(id, "not available: " + InterpretabilityProbe.Missing(model, technique.Technique.Id, id));
        }
    }
}
