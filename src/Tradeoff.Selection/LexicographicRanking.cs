namespace Tradeoff.Selection;

/// <summary>
/// Orders candidates by priorities with tolerances, as FLAML's lexicographic objectives: keep the candidates within
/// the first priority's tolerance of the best, then the second's among them, and so on; the best of what is left on
/// the priorities in order (then the smaller id) ranks first. Repeating on the rest gives the whole order.
/// A candidate also stays at a step when the best is not better than it beyond the noise. Missing values are never
/// within tolerance unless every remaining candidate misses the value.
/// </summary>
internal static class LexicographicRanking
{
    public static List<int> Order(QualityMatrix matrix, IReadOnlyList<int> rows, IReadOnlyList<LexicographicPriority> priorities)
    {
        var columns = priorities.Select(p => matrix.IndexOf(p.Quality)).ToArray();
        var remaining = rows.ToList();
        var order = new List<int>();
        while (remaining.Count > 0)
        {
            var kept = remaining;
            for (var p = 0; p < priorities.Count; p++)
            {
                kept = WithinTolerance(matrix, kept, columns[p], priorities[p]);
            }

            var first = kept.OrderBy(r => r, new PriorityComparer(matrix, columns)).First();
            order.Add(first);
            remaining.Remove(first);
        }

        return order;
    }

    // A row stays when it is within the tolerance of the best, or not worse than the best beyond the noise.
    private static List<int> WithinTolerance(QualityMatrix matrix, List<int> rows, int column, LexicographicPriority priority)
    {
        var costs = rows.Select(r => matrix.Cost(r, column)).ToList();
        var best = costs.Min();
        if (double.IsPositiveInfinity(best))
        {
            return rows;
        }

        var allowed = priority.Relative ? priority.Tolerance * Math.Abs(best) : priority.Tolerance;
        var leaders = rows.Where((_, i) => costs[i] == best).ToList();
        return rows.Where((r, i) => costs[i] <= best + allowed + (1e-12 * Math.Max(1, Math.Abs(best)))
            || leaders.Exists(l => !matrix.Better(l, r, column))).ToList();
    }

    private sealed class PriorityComparer(QualityMatrix matrix, int[] columns) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            foreach (var column in columns)
            {
                var c = matrix.Cost(x, column).CompareTo(matrix.Cost(y, column));
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(matrix.Candidates[x].Id, matrix.Candidates[y].Id);
        }
    }
}
