using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>interpretability from the technique's capability; the complexity figures from the final model.</summary>
internal sealed class InterpretabilityStage : IQualityProbe
{
    private static readonly string[] ComplexityIds = [.. InterpretabilityProbe.ComplexityNames.Select(n => n.Id)];

    public const string Group = QualityIds.Interpretability;

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.Interpretability, "flag", Direction.HigherIsBetter, "1 when a person can follow the model, else 0", Group,
            "intrinsic: capability of the technique (trees, rules, linear models and naive Bayes can be followed by a person)"),
        new(QualityIds.ComplexityLeaves, "count", Direction.LowerIsBetter, "leaves of a tree model (summed over trees)", Group,
            "read from the final model: leaves summed over its trees"),
        new(QualityIds.ComplexityDepth, "count", Direction.LowerIsBetter, "depth of a tree model", Group,
            "read from the final model: the depth of its deepest tree"),
        new(QualityIds.ComplexityRules, "count", Direction.LowerIsBetter, "rules a person must read", Group,
            "read from the final model: the rules a person must read"),
        new(QualityIds.ComplexityMeanRuleLength, "count", Direction.LowerIsBetter, "mean conditions per rule", Group,
            "read from the final model: the mean number of conditions per rule"),
        new(QualityIds.ComplexityNonzeroCoefficients, "count", Direction.LowerIsBetter, "non-zero coefficients of a linear model", Group,
            "read from the final model: its non-zero coefficients"),
    ];

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
