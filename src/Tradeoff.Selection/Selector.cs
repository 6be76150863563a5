using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The selection method as one pure function: eliminate (before and after measuring), keep the Pareto frontier,
/// rank by the priorities, explain the recommendation, measure its sensitivity and say what relaxing would buy.
/// </summary>
public static class Selector
{
    /// <summary>Runs every step of selection on <paramref name="input"/>; bad ids or weights throw <see cref="InputException"/>.</summary>
    public static SelectionResult Select(SelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = input.Candidates;
        var duplicate = candidates.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException($"candidate '{duplicate.Key}' appears more than once; candidate ids must be unique");
        }

        var options = input.Options;
        var ids = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var eliminated = (input.PreEliminated?.Where(e => ids.Contains(e.Candidate)) ?? PreElimination.Eliminate(candidates, input.Constraints, options.Task)).ToList();
        var preEliminated = eliminated.Select(e => e.Candidate).ToHashSet(StringComparer.Ordinal);
        var verdicts = new List<Verdict>();
        var flagged = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var survivors = new List<Candidate>();
        foreach (var candidate in candidates.Where(c => !preEliminated.Contains(c.Id)))
        {
            var own = PostElimination.Evaluate(candidate, input.Constraints, candidates, options.Inconclusive);
            verdicts.AddRange(own);
            var eliminating = own.Where(v => v.Eliminates).ToList();
            if (eliminating.Count > 0)
            {
                eliminated.Add(new Elimination(candidate.Id, EliminationStage.AfterMeasuring, eliminating.Select(PostElimination.Reason).ToList(), own));
                continue;
            }

            survivors.Add(candidate);
            var inconclusive = own.Where(v => v.Outcome == Outcome.Inconclusive).Select(v => v.Constraint).ToList();
            if (inconclusive.Count > 0)
            {
                flagged[candidate.Id] = inconclusive;
            }
        }

        var order = candidates.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        eliminated.Sort((a, b) => order[a.Candidate].CompareTo(order[b.Candidate]));
        var plan = RankingPlan.Resolve(input);
        var scales = ScaleResolver.Resolve(plan.Considered, input);
        var result = new SelectionResult
        {
            Eliminated = eliminated,
            Verdicts = verdicts,
            Flagged = flagged,
            Survivors = survivors.Select(c => c.Id).ToList(),
            Objectives = plan.Objectives.Select(o => o.Id).ToList(),
            Weights = plan.WeightsById(),
            Priorities = plan.Priorities,
            Scales = scales,
        };
        result = Rank(result, survivors, plan, scales, input);
        if (survivors.Count == 0 || options.WhatIf)
        {
            var recommended = result.Recommended is { } r ? survivors.First(c => c.Id == r.Candidate) : null;
            string? FirstWith(Candidate admitted)
            {
                var widened = survivors.Append(admitted).ToList();
                var order = RankedSurvivors.Compute(widened, plan, scales);
                return order.Ranked.Count > 0 ? widened[order.Ranked[0]].Id : null;
            }

            result = result with { WhatIf = WhatIfAnalysis.Analyse(eliminated, recommended, plan, candidates, options.Inconclusive, FirstWith) };
        }

        return result;
    }

    private static SelectionResult Rank(SelectionResult result, List<Candidate> survivors, RankingPlan plan, IReadOnlyList<QualityScale> scales, SelectionInput input)
    {
        var order = RankedSurvivors.Compute(survivors, plan, scales);
        var matrix = order.Matrix;
        var incomplete = Enumerable.Range(0, survivors.Count)
            .Select(i => (survivors[i].Id, Missing: plan.Considered.Where((q, k) => double.IsNaN(matrix.Raw[i][k])).Select(q => q.Id).ToList()))
            .Where(p => p.Missing.Count > 0)
            .ToDictionary(p => p.Id, p => (IReadOnlyList<string>)p.Missing, StringComparer.Ordinal);
        result = result with { Frontier = order.Frontier.Frontier, DominatedBy = order.Frontier.DominatedBy, Ties = order.Frontier.Ties, Incomplete = incomplete };
        if (survivors.Count == 0)
        {
            return result with { Notes = ["no candidate meets every constraint"] };
        }

        if (order.Ranked.Count == 0)
        {
            return result with { Notes = ["no objectives, weights or priorities: the candidates are not ranked"] };
        }

        var onFrontier = order.Frontier.Frontier.ToHashSet(StringComparer.Ordinal);
        var tied = order.Tied.Count > 1 ? order.Tied : [];
        var weights = order.Weights;
        var ranking = order.Ranked.Select((row, i) => new RankEntry(survivors[row].Id, i + 1, weights is null ? null : matrix.Utility(row, weights), onFrontier.Contains(survivors[row].Id))
        {
            UtilityHalfWidth = weights is null ? null : matrix.UtilityHalfWidth(row, weights),
            TiedAtTop = tied.Contains(row),
            OutrankedBy = order.OutrankedBy.TryGetValue(row, out var by) ? survivors[by].Id : null,
        }).ToList();
        var first = order.Ranked[0];
        var second = order.Ranked.Count > 1 ? order.Ranked[1] : -1;
        var tie = tied.Count > 1 ? TopTieOf(matrix, tied, weights!) : null;
        var outscored = weights is null ? null : Explainer.Outscored(matrix, first, weights, order.Frontier.DominatedBy, plan.Objectives);
        var recommendation = Explainer.Explain(matrix, first, second, plan.Importance(), weights, tie, input.Constraints, outscored, order.FrontierRows.Count);

        var sensitivity = SensitivityAnalysis.Analyse(matrix, order.FrontierRows, order.Contenders, weights, first, input.Options);
        var notes = plan.Notes(matrix).Concat(ScaleResolver.Notes(scales)).Concat(order.Frontier.Cycles.Select(Cycle)).ToList();
        return result with { Ranking = ranking, Recommended = recommendation, Sensitivity = sensitivity, Notes = notes };
    }

    private static TopTie TopTieOf(QualityMatrix matrix, List<int> tied, double[] weights)
    {
        var names = tied.Select(r => matrix.Candidates[r].Id).ToList();
        var figures = string.Join(", ", tied.Select(r => QualityFormat.Utility(matrix.Utility(r, weights), matrix.UtilityHalfWidth(r, weights))));
        var rule = new Simplicity(matrix).Reason(tied[0], tied[1]);
        var who = names.Count == 2 ? $"{names[0]} and {names[1]}" : string.Join(", ", names);
        return new TopTie(names, rule, $"{who} are tied within the noise at the top (utility {figures}); {names[0]} first by the simplicity rule: {rule}");
    }

    private static string Cycle(IReadOnlyList<string> members) =>
        $"{string.Join(", ", members)} dominate one another in a cycle (each beyond the noise on some objective, within it on the rest): all stay on the frontier";
}
