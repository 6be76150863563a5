using Tradeoff.Core.Qualities;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// For each candidate eliminated after measuring and each constraint that eliminates it, the smallest relaxation
/// that would admit it: the limit moved to its measured value (to the far end of its interval when INCONCLUSIVE
/// eliminates, since an interval that still straddles would eliminate again), and what it would gain against the
/// recommendation. Candidates eliminated by that one constraint alone come first.
/// </summary>
internal static class WhatIfAnalysis
{
    public static List<WhatIf> Analyse(
        IReadOnlyList<Elimination> eliminated,
        Candidate? recommended,
        RankingPlan plan,
        IReadOnlyList<Candidate> candidates,
        InconclusivePolicy policy,
        Func<Candidate, string?> firstWith)
    {
        var ranked = plan.Considered;
        var byId = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var list = new List<WhatIf>();
        foreach (var elimination in eliminated.Where(e => e.Stage == EliminationStage.AfterMeasuring))
        {
            var binding = elimination.Verdicts.Where(v => v.Eliminates).ToList();
            var candidate = byId[elimination.Candidate];
            var gains = Gains(candidate, recommended, ranked);
            var wouldWin = binding.Count == 1 && binding[0].Value is not null && firstWith(candidate) == candidate.Id;
            foreach (var verdict in binding)
            {
                var others = binding.Where(v => v != verdict).Select(v => v.Constraint).ToList();
                var relaxed = Relaxed(verdict, policy);
                list.Add(new WhatIf(
                    elimination.Candidate,
                    verdict.Constraint,
                    verdict.Quality,
                    verdict.Unit,
                    verdict.Value,
                    verdict.Limit,
                    relaxed,
                    others.Count == 0,
                    others,
                    gains,
                    wouldWin,
                    Text(verdict, relaxed, others, gains, recommended, wouldWin)));
            }
        }

        return list.OrderByDescending(w => w.OnlyBinding).ToList();
    }

    private static double? Relaxed(Verdict verdict, InconclusivePolicy policy)
    {
        if (verdict.Value is not { } value || verdict.Limit is null)
        {
            return null;
        }

        var op = verdict.Operator;
        if (policy == InconclusivePolicy.Keep || op == ComparisonOperator.Equal)
        {
            return value;
        }

        return op is ComparisonOperator.AtMost or ComparisonOperator.Below ? verdict.Upper ?? value : verdict.Lower ?? value;
    }

    private static List<QualityDelta> Gains(Candidate candidate, Candidate? recommended, IReadOnlyList<QualityDescriptor> ranked)
    {
        if (recommended is null)
        {
            return [];
        }

        var gains = new List<QualityDelta>();
        foreach (var quality in ranked)
        {
            var delta = candidate.ValueOf(quality.Id) - recommended.ValueOf(quality.Id);
            if (double.IsNaN(delta) || delta == 0)
            {
                continue;
            }

            var better = quality.Direction == Direction.HigherIsBetter ? delta > 0 : delta < 0;
            gains.Add(new QualityDelta(quality.Id, delta, better, Phrases.Change(quality, delta)));
        }

        return gains;
    }

    private static string Text(Verdict verdict, double? relaxed, List<string> others, List<QualityDelta> gains, Candidate? recommended, bool wouldWin)
    {
        var at = verdict.Value is { } v ? $" at {QualityFormat.Value(v, verdict.Unit)}" : string.Empty;
        var head = $"{verdict.Constraint} excludes {verdict.Candidate}{at}";
        if (relaxed is not { } limit)
        {
            return $"{head}; no limit admits it ({verdict.Note ?? "limit unknown"})";
        }

        // A strict limit moved to the value would still exclude it: say the bound becomes inclusive.
        var inclusive = verdict.Operator switch
        {
            ComparisonOperator.Below => "<= ",
            ComparisonOperator.Above => ">= ",
            _ => string.Empty,
        };
        var relaxing = $"relaxing to {inclusive}{QualityFormat.Value(limit, verdict.Unit)}";
        if (others.Count > 0)
        {
            return $"{head}; {relaxing} alone does not admit it: also excluded by {string.Join(", ", others)}";
        }

        var better = gains.Where(g => g.Better).Select(g => g.Text).ToList();
        var gain = recommended is null ? "when nothing survives now"
            : better.Count > 0 ? string.Join(", ", better)
            : $"no gain over {recommended.Id} on the ranked qualities";
        return $"{head}; {relaxing} admits it, {gain}{(wouldWin ? "; it would then be recommended" : string.Empty)}";
    }
}
