namespace Tradeoff.Selection;

/// <summary>
/// The one rule for who ranks first by utility (the recommendation, the sensitivity's draws, the winning weightings
/// and the what-if all ask it): among the given rows, the highest utility (then the smaller id) is the top; the rows
/// whose utility is not below the top's beyond the noise of their difference (<see cref="QualityMatrix.UtilityMargin"/>)
/// are tied with it;
/// a tie is broken by <see cref="Simplicity"/>, which rests on no noisy figure.
/// </summary>
internal static class FrontierRanking
{
    /// <summary><paramref name="rows"/> in rank order: the tie at the top by the simplicity rule, then the rest by utility and id.</summary>
    public static List<int> Order(QualityMatrix matrix, IReadOnlyList<int> rows, double[] weights, out List<int> tied)
    {
        var utilities = rows.ToDictionary(r => r, r => matrix.Utility(r, weights));
        var byUtility = rows.OrderByDescending(r => utilities[r]).ThenBy(r => matrix.Candidates[r].Id, StringComparer.Ordinal).ToList();
        var top = byUtility.Count == 0 ? [] : Tied(matrix, byUtility, byUtility[0], weights, utilities[byUtility[0]]);
        top.Sort(new Simplicity(matrix));
        tied = top;
        return [.. top, .. byUtility.Except(top)];
    }

    /// <summary>The row of <paramref name="rows"/> that ranks first under <paramref name="weights"/>, or -1 when there is none.</summary>
    public static int First(QualityMatrix matrix, IReadOnlyList<int> rows, double[] weights)
    {
        var best = -1;
        var bestUtility = double.NegativeInfinity;
        foreach (var row in rows)
        {
            var u = matrix.Utility(row, weights);
            if (best < 0 || u > bestUtility || (u == bestUtility && string.CompareOrdinal(matrix.Candidates[row].Id, matrix.Candidates[best].Id) < 0))
            {
                best = row;
                bestUtility = u;
            }
        }

        if (best < 0)
        {
            return best;
        }

        var simplicity = new Simplicity(matrix);
        return Tied(matrix, rows, best, weights, bestUtility).Aggregate((a, b) => simplicity.Compare(a, b) <= 0 ? a : b);
    }

    private static List<int> Tied(QualityMatrix matrix, IEnumerable<int> rows, int top, double[] weights, double topUtility) =>
        rows.Where(r => r == top || Math.Abs(topUtility - matrix.Utility(r, weights)) <= matrix.UtilityMargin(top, r, weights)).ToList();
}
