using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// The first stage of elimination, before any compute is spent: capability constraints and task support.
/// </summary>
public static class PreElimination
{
    /// <summary>
    /// The candidates that cannot be trained for the study, each with reasons such as <c>not trained: not interpretable</c>;
    /// comparison constraints are ignored here. <paramref name="task"/> only words the reason for an unsupported task.
    /// </summary>
    public static IReadOnlyList<Elimination> Eliminate(IReadOnlyList<Candidate> candidates, IReadOnlyList<Constraint> constraints, string? task = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(constraints);
        var capabilities = constraints.OfType<CapabilityConstraint>().ToList();
        var eliminated = new List<Elimination>();
        foreach (var candidate in candidates)
        {
            var reasons = new List<string>();
            if (!candidate.SupportsTask)
            {
                reasons.Add($"not trained: does not learn {task ?? "this task"}");
            }

            foreach (var constraint in capabilities.Where(c => !c.IsMetBy(candidate.Capabilities)))
            {
                reasons.Add(constraint.Negated ? $"not trained: {constraint.Capability}, the study asks for not {constraint.Capability}" : $"not trained: not {constraint.Capability}");
            }

            if (reasons.Count > 0)
            {
                eliminated.Add(new Elimination(candidate.Id, EliminationStage.BeforeMeasuring, reasons, []));
            }
        }

        return eliminated;
    }
}
