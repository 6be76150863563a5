using Tradeoff.Core.Qualities;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// Words for the recommendation, generated from the numbers: the ranked qualities on which it is the best survivor
/// beyond the noise, the tie at the top it won (and by which rule), and its biggest cost against the runner-up (the
/// ranked quality where it is furthest behind on the fixed scales, weighted).
/// </summary>
internal static class Explainer
{
    /// <param name="matrix">The survivors' values.</param>
    /// <param name="first">Row of the recommendation.</param>
    /// <param name="second">Row of the runner-up, or -1.</param>
    /// <param name="importance">Per column of <paramref name="matrix"/>: its weight (0 when not ranked); for priorities, a decreasing share.</param>
    /// <param name="weights">The weights, or null under priorities.</param>
    /// <param name="tie">The tie at the top, when the recommendation won one.</param>
    /// <param name="constraints">The study's constraints, for the "among ..." part.</param>
    /// <param name="outscored">Why candidates with a higher utility rank below it (<see cref="Outscored"/>), or null.</param>
    /// <param name="frontierSize">How many candidates are on the frontier.</param>
    public static Recommendation Explain(QualityMatrix matrix, int first, int second, double[] importance, double[]? weights, TopTie? tie, IReadOnlyList<Constraint> constraints, string? outscored = null, int frontierSize = 0)
    {
        var id = matrix.Candidates[first].Id;
        var reasons = new List<string>();
        var columns = Enumerable.Range(0, matrix.Qualities.Count).Where(k => importance[k] > 0).OrderByDescending(k => importance[k]).ToList();
        var count = matrix.Candidates.Count;
        if (count == 1)
        {
            reasons.Add("the only candidate that meets the constraints");
        }
        else
        {
            var wins = columns.Where(k => IsBest(matrix, first, k)).Select(k => Phrases.Best(matrix.Qualities[k])).ToList();
            if (wins.Count > 0)
            {
                reasons.Add($"{string.Join(", ", wins)} {Among(constraints, count)}");
            }
            else if (weights is not null && outscored is not null)
            {
                var utility = QualityFormat.Utility(matrix.Utility(first, weights), matrix.UtilityHalfWidth(first, weights));
                reasons.Add(frontierSize == 1 ? $"the only candidate on the frontier (utility {utility})" : $"the best balance of the weighted qualities on the frontier (utility {utility})");
            }
            else if (weights is not null)
            {
                reasons.Add($"best balance of the weighted qualities (utility {QualityFormat.Utility(matrix.Utility(first, weights), matrix.UtilityHalfWidth(first, weights))})");
            }
            else
            {
                reasons.Add("first by the priorities in order");
            }
        }

        if (tie is not null)
        {
            reasons.Add(tie.Text);
        }

        if (second >= 0)
        {
            reasons.Add(CostAgainst(matrix, first, second, columns, importance));
        }

        if (outscored is not null)
        {
            reasons.Add(outscored);
        }

        return new Recommendation(id, $"{id}: {string.Join("; ", reasons)}", reasons) { Tie = tie };
    }

    /// <summary>
    /// Why candidates with a higher utility rank below the recommendation: each is dominated by a frontier candidate,
    /// better than it beyond the noise on some objective and worse on none. Null when none outscores it.
    /// </summary>
    public static string? Outscored(QualityMatrix matrix, int first, double[] weights, IReadOnlyDictionary<string, string> dominatedBy, IReadOnlyList<Core.Qualities.QualityDescriptor> objectives)
    {
        var utility = matrix.Utility(first, weights);
        var outscoring = Enumerable.Range(0, matrix.Candidates.Count)
            .Where(r => r != first && matrix.Utility(r, weights) > utility && dominatedBy.ContainsKey(matrix.Candidates[r].Id))
            .OrderByDescending(r => matrix.Utility(r, weights))
            .ToList();
        if (outscoring.Count == 0)
        {
            return null;
        }

        var parts = outscoring.GroupBy(r => dominatedBy[matrix.Candidates[r].Id]).Select(group =>
        {
            var dominator = matrix.Candidates.Select((c, i) => (c.Id, i)).First(c => c.Id == group.Key).i;
            var names = string.Join(", ", group.Select(r => $"{matrix.Candidates[r].Id} ({QualityFormat.Utility(matrix.Utility(r, weights), matrix.UtilityHalfWidth(r, weights))})"));
            var where = objectives.Select(o => matrix.IndexOf(o.Id)).Where(k => k >= 0 && group.All(r => matrix.Better(dominator, r, k))).Select(k => matrix.Qualities[k].Id).ToList();
            var on = where.Count > 0 ? string.Join(" and ", where) : "an objective";
            var one = group.Count() == 1;
            return $"{names} {(one ? "scores" : "score")} a higher utility but {(one ? "is" : "are")} dominated by {group.Key}, better beyond the noise on {on} and worse on none, so {(one ? "it ranks" : "they rank")} after the frontier";
        });
        return string.Join("; ", parts);
    }

    // Best only when better than every other survivor beyond the noise: a lead inside the noise is not claimed.
    private static bool IsBest(QualityMatrix matrix, int row, int column) =>
        !double.IsNaN(matrix.Raw[row][column])
        && Enumerable.Range(0, matrix.Candidates.Count).All(other => other == row || matrix.Better(row, other, column));

    private static string Among(IReadOnlyList<Constraint> constraints, int count)
    {
        var required = constraints.OfType<CapabilityConstraint>().Where(c => !c.Negated).Select(c => c.Capability).ToList();
        if (required.Count > 0)
        {
            return $"among {string.Join(" and ", required)} candidates";
        }

        return constraints.Count > 0 ? $"among the {count} candidates that meet the constraints" : $"among {count} candidates";
    }

    private static string CostAgainst(QualityMatrix matrix, int first, int second, List<int> columns, double[] importance)
    {
        var other = matrix.Candidates[second].Id;
        var worst = -1;
        var worstCost = 0.0;
        foreach (var k in columns)
        {
            var gap = (matrix.Scaled[second][k] - matrix.Scaled[first][k]) * importance[k];
            if (gap > worstCost && !double.IsNaN(matrix.Raw[first][k]) && !double.IsNaN(matrix.Raw[second][k]))
            {
                worst = k;
                worstCost = gap;
            }
        }

        if (worst >= 0)
        {
            var noise = matrix.Better(second, first, worst) ? string.Empty : " (within the noise)";
            return Behind(matrix, first, second, worst) + noise;
        }

        // Behind only where the scale no longer tells values apart: say so rather than claim no cost.
        var uncounted = columns.FirstOrDefault(k => matrix.Cost(first, k) > matrix.Cost(second, k) && !double.IsPositiveInfinity(matrix.Cost(first, k)), -1);
        if (uncounted < 0)
        {
            return $"no worse than the runner-up {other} on any ranked quality";
        }

        var scale = matrix.Scales[uncounted];
        var end = matrix.Scaled[first][uncounted] >= 1 ? $"best end, {QualityFormat.Value(scale.Best, scale.Unit)}" : $"worst end, {QualityFormat.Value(scale.Worst, scale.Unit)}";
        return $"{Behind(matrix, first, second, uncounted)}, which its scale does not count (both beyond its {end})";
    }

    private static string Behind(QualityMatrix matrix, int first, int second, int column) =>
        Phrases.CostAgainst(matrix.Qualities[column], Math.Abs(matrix.Raw[first][column] - matrix.Raw[second][column]), matrix.Candidates[second].Id);
}
