using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// The first stage of elimination, before any compute is spent: capability constraints, task support, and comparison
/// constraints on declared qualities (known before training, as the lecture's project constraints are).
/// </summary>
public static class PreElimination
{
    /// <summary>
    /// The candidates that cannot be trained for the study, each with reasons such as <c>not trained: not interpretable</c>;
    /// comparison constraints count here only on a quality whose value the candidate declares (and, for a limit relative
    /// to another candidate, that one declares too). <paramref name="task"/> only words the reason for an unsupported task.
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

            var declared = constraints.OfType<ComparisonConstraint>().Where(c => IsDeclared(candidate, c, candidates)).ToList();
            var verdicts = PostElimination.Evaluate(candidate, declared, candidates);
            reasons.AddRange(verdicts.Where(v => v.Eliminates).Select(v => "not trained: " + PostElimination.Reason(v)));
            if (reasons.Count > 0)
            {
                eliminated.Add(new Elimination(candidate.Id, EliminationStage.BeforeMeasuring, reasons, verdicts));
            }
        }

        return eliminated;
    }

    private static bool IsDeclared(Candidate candidate, ComparisonConstraint constraint, IReadOnlyList<Candidate> candidates)
    {
        static bool Declares(Candidate? c, string quality) => c?.Qualities.GetValueOrDefault(quality)?.Declared is not null;
        return Declares(candidate, constraint.Quality)
            && (constraint.Limit.Reference is not { } reference
                || Declares(candidates.FirstOrDefault(c => c.Id == reference) ?? candidates.FirstOrDefault(c => c.TechniqueId == reference), constraint.Quality));
    }
}
