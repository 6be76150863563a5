using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>
/// Words for the recommendation, generated from the numbers: the ranked qualities on which it is the best survivor,
/// and its biggest cost against the runner-up (the ranked quality where it is furthest behind, weighted).
/// </summary>
internal static class Explainer
{
    /// <param name="matrix">The survivors' values.</param>
    /// <param name="first">Row of the recommendation.</param>
    /// <param name="second">Row of the runner-up, or -1.</param>
    /// <param name="importance">Per column of <paramref name="matrix"/>: its weight (0 when not ranked); for priorities, a decreasing share.</param>
    /// <param name="utilities">Utilities by row, or null under priorities.</param>
    /// <param name="constraints">The study's constraints, for the "among ..." part.</param>
    public static Recommendation Explain(QualityMatrix matrix, int first, int second, double[] importance, double[]? utilities, IReadOnlyList<Constraint> constraints)
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
            else if (utilities is not null)
            {
                reasons.Add($"best balance of the weighted qualities (utility {QualityFormat.Number(utilities[first])})");
            }
            else
            {
                reasons.Add("first by the priorities in order");
            }
        }

        if (second >= 0)
        {
            reasons.Add(CostAgainst(matrix, first, second, columns, importance));
        }

        return new Recommendation(id, $"{id}: {string.Join("; ", reasons)}", reasons);
    }

    private static bool IsBest(QualityMatrix matrix, int row, int column)
    {
        var values = matrix.Raw.Select(r => r[column]).Where(v => !double.IsNaN(v)).ToList();
        var mine = matrix.Raw[row][column];
        return !double.IsNaN(mine) && values.Distinct().Count() > 1 && matrix.Normalized[row][column] >= 1;
    }

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
            var gap = (matrix.Normalized[second][k] - matrix.Normalized[first][k]) * importance[k];
            if (gap > worstCost && !double.IsNaN(matrix.Raw[first][k]) && !double.IsNaN(matrix.Raw[second][k]))
            {
                worst = k;
                worstCost = gap;
            }
        }

        if (worst < 0)
        {
            return $"no worse than the runner-up {other} on any ranked quality";
        }

        var quality = matrix.Qualities[worst];
        var behind = Math.Abs(matrix.Raw[first][worst] - matrix.Raw[second][worst]);
        return Phrases.CostAgainst(quality, behind, other);
    }
}
