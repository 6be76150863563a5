namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// The area under the ROC curve of arbitrary scores for a yes/no label, by the rank-sum (Mann-Whitney) formula
/// with tied scores sharing their average rank, as <see cref="Metrics.Auc"/> does for class probabilities.
/// </summary>
internal static class RankAuc
{
    /// <summary>P(score of a random positive &gt; score of a random negative) + half the ties; NaN when one side is empty.</summary>
    public static double Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var n = scores.Count;
        var order = Metrics.AllRows(n);
        var sorted = scores.ToArray();
        Array.Sort(sorted, order);
        var positives = positive.Count(p => p);
        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var rankSum = 0.0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && sorted[end + 1] == sorted[start])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                rankSum += positive[order[i]] ? averageRank : 0;
            }

            start = end + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
