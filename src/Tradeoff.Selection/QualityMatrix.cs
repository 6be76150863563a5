using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection;

/// <summary>
/// The survivors' values of the qualities that rank them, raw and min-max normalized across the survivors to
/// [0, 1] with 1 the best (direction-aware). A quality whose values are all equal gives every candidate 1, so it
/// shifts every utility alike and changes no order; a missing value gets 0, the worst.
/// </summary>
internal sealed class QualityMatrix
{
    public QualityMatrix(IReadOnlyList<Candidate> candidates, IReadOnlyList<QualityDescriptor> qualities)
    {
        Candidates = candidates;
        Qualities = qualities;
        Raw = candidates.Select(c => qualities.Select(q => c.ValueOf(q.Id)).ToArray()).ToArray();
        Normalized = new double[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            Normalized[i] = new double[qualities.Count];
        }

        for (var k = 0; k < qualities.Count; k++)
        {
            var available = Raw.Select(r => r[k]).Where(v => !double.IsNaN(v)).ToList();
            var min = available.Count > 0 ? available.Min() : 0;
            var max = available.Count > 0 ? available.Max() : 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                var v = Raw[i][k];
                Normalized[i][k] = double.IsNaN(v) ? 0
                    : max == min ? 1
                    : qualities[k].Direction == Direction.HigherIsBetter ? (v - min) / (max - min) : (max - v) / (max - min);
            }
        }
    }

    public IReadOnlyList<Candidate> Candidates { get; }

    public IReadOnlyList<QualityDescriptor> Qualities { get; }

    public double[][] Raw { get; }

    public double[][] Normalized { get; }

    public int IndexOf(string quality) => Qualities.Select(q => q.Id).ToList().IndexOf(quality);

    /// <summary>The weighted sum of normalized values of row <paramref name="row"/>; weights are aligned with <see cref="Qualities"/>.</summary>
    public double Utility(int row, double[] weights)
    {
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            sum += weights[k] * Normalized[row][k];
        }

        return sum;
    }

    /// <summary>The row among <paramref name="rows"/> with the highest utility; ties go to the smaller candidate id (ordinal), as in the ranking.</summary>
    public int Best(IReadOnlyList<int> rows, double[] weights)
    {
        var best = -1;
        var bestUtility = double.NegativeInfinity;
        foreach (var row in rows)
        {
            var u = Utility(row, weights);
            if (best < 0 || u > bestUtility || (u == bestUtility && string.CompareOrdinal(Candidates[row].Id, Candidates[best].Id) < 0))
            {
                best = row;
                bestUtility = u;
            }
        }

        return best;
    }
}
