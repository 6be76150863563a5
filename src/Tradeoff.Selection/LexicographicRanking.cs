namespace Tradeoff.Selection;

/// <summary>
/// Orders candidates by priorities with tolerances, as FLAML's lexicographic objectives: keep the candidates within
/// the first priority's tolerance of the best, then the second's among them, and so on; the best of what is left on
/// the priorities in order (then the smaller id) ranks first. Repeating on the rest gives the whole order.
/// Missing values are never within tolerance unless every remaining candidate misses the value.
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

    private static List<int> WithinTolerance(QualityMatrix matrix, List<int> rows, int column, LexicographicPriority priority)
    {
        var direction = matrix.Qualities[column].Direction;
        var costs = rows.Select(r => QualityResolver.Cost(matrix.Raw[r][column], direction)).ToList();
        var best = costs.Min();
        if (double.IsPositiveInfinity(best))
        {
            return rows;
        }

        var allowed = priority.Relative ? priority.Tolerance * Math.Abs(best) : priority.Tolerance;
        return rows.Where((_, i) => costs[i] <= best + allowed + (1e-12 * Math.Max(1, Math.Abs(best)))).ToList();
    }

    private sealed class PriorityComparer(QualityMatrix matrix, int[] columns) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            foreach (var column in columns)
            {
                var direction = matrix.Qualities[column].Direction;
                var c = QualityResolver.Cost(matrix.Raw[x][column], direction).CompareTo(QualityResolver.Cost(matrix.Raw[y][column], direction));
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(matrix.Candidates[x].Id, matrix.Candidates[y].Id);
        }
    }
}
