
namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Finds the best split of one feature from its histogram in one node. Numeric features: every threshold between
/// two non-empty bins. Nominal features: for two classes or regression the optimal subset split (levels sorted
/// by mean target, then scanned as if ordered: Breiman et al. 1984); for more classes one level against the rest.
/// Missing values go to the branch with more training rows.
/// </summary>
internal static partial class SplitScan
{
    /// <summary>
    /// Replaces <paramref name="best"/> when the feature in histogram slot <paramref name="slot"/> splits better.
    /// <paramref name="parent"/> holds the node's totals (weight, then statistics); <paramref name="orderedNominal"/>
    /// sorts nominal levels by mean target (two classes or regression) instead of trying one level against the rest.
    /// </summary>
    public static void Find<T>(
        T impurity, Histogram histogram, int slot, int feature, FeatureBins bins, ReadOnlySpan<double> parent,
        double minLeaf, bool orderedNominal, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        var stride = histogram.Stride;
        var cells = histogram.Slot(slot);
        Span<int> order = stackalloc int[BinnedData.MaxBins];
        var count = NonEmptyBins(cells, histogram.Mask(slot), stride, bins.MissingBin, order);
        if (count < 2)
        {
            return;
        }

        var missing = bins.MissingBin >= 0 && cells[bins.MissingBin * stride] > 0
            ? cells.Slice(bins.MissingBin * stride, stride)
            : [];
        FindIn(impurity, cells, order[..count], missing, feature, bins.Nominal, parent, minLeaf, orderedNominal, ref best);
    }

    /// <summary>
    /// The scan itself, over <paramref name="cells"/> (weight, then statistics, per bin) of the non-empty value bins
    /// <paramref name="order"/> (ascending), with the cell of the missing values, if any, in <paramref name="missing"/>.
    /// </summary>
    public static void FindIn<T>(
        T impurity, ReadOnlySpan<double> cells, Span<int> order, ReadOnlySpan<double> missing, int feature, bool nominal,
        ReadOnlySpan<double> parent, double minLeaf, bool orderedNominal, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        if (nominal && !orderedNominal)
        {
            OneAgainstRest(impurity, cells, order, parent, missing, minLeaf, feature, ref best);
            return;
        }

        if (nominal)
        {
            SortByMeanTarget(cells, parent.Length, order);
        }

        Ordered(impurity, cells, order, parent, missing, minLeaf, feature, nominal, ref best);
    }

    private static int NonEmptyBins(ReadOnlySpan<double> cells, ReadOnlySpan<ulong> mask, int stride, int missingBin, Span<int> order)
    {
        var count = 0;
        foreach (var b in new SetBins(mask))
        {
            if (b != missingBin && cells[b * stride] > 0)
            {
                order[count++] = b;
            }
        }

        return count;
    }

    private static void Ordered<T>(
        T impurity, ReadOnlySpan<double> cells, ReadOnlySpan<int> order, ReadOnlySpan<double> parent,
        ReadOnlySpan<double> missing, double minLeaf, int feature, bool nominal, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        var stats = parent.Length - 1;
        // Left counts and both sides' terms per statistic, kept so that each bin costs two term look-ups per class.
        Span<double> scratch = stats <= 32 ? stackalloc double[3 * stats] : new double[3 * stats];
        var left = scratch[..stats];
        var termLeft = scratch.Slice(stats, stats);
        var termRight = scratch.Slice(2 * stats, stats);
        left.Clear();
        double termsLeft = 0, termsRight = 0, weightLeft = 0;
        for (var k = 0; k < stats; k++)
        {
            termLeft[k] = impurity.Term(0);
            termRight[k] = impurity.Term(parent[1 + k]);
            termsLeft += termLeft[k];
            termsRight += termRight[k];
        }

        var bestScore = best.Score;
        var bestPosition = -1;
        var bestMissingLeft = false;
        var missingWeight = missing.IsEmpty ? 0 : missing[0];
        for (var i = 0; i < order.Length - 1; i++)
        {
            var o = order[i] * (stats + 1);
            for (var k = 0; k < stats; k++)
            {
                var h = cells[o + 1 + k];
                if (h != 0)
                {
                    MoveLeft(impurity, k, h, parent, left, termLeft, termRight, ref termsLeft, ref termsRight);
                }
            }

            weightLeft += cells[o];
            var step = Score(impurity, missingWeight != 0, weightLeft, termsLeft, termsRight, left, parent, missing, minLeaf, out var score, out var missingLeft);
            if (step == ScanStep.Stop)
            {
                break;
            }

            if (step == ScanStep.Scored && score > bestScore)
            {
                bestScore = score;
                bestPosition = i;
                bestMissingLeft = missingLeft;
            }
        }

        if (bestPosition < 0)
        {
            return;
        }

        if (nominal)
        {
            best = SplitCandidate.None;
            best.Feature = feature;
            best.Score = bestScore;
            best.MissingLeft = bestMissingLeft;
            best.SawMissing = missingWeight > 0;
            for (var i = 0; i <= bestPosition; i++)
            {
                best.Left.Add(order[i]);
            }
        }
        else
        {
            best = Numeric(feature, bestScore, order[bestPosition], bestMissingLeft, missingWeight > 0);
        }
    }

    /// <summary>A numeric split: bins up to <paramref name="thresholdBin"/> go left.</summary>
    public static SplitCandidate Numeric(int feature, double score, int thresholdBin, bool missingLeft, bool sawMissing)
    {
        var split = SplitCandidate.None;
        split.Feature = feature;
        split.Score = score;
        split.ThresholdBin = thresholdBin;
        split.MissingLeft = missingLeft;
        split.SawMissing = sawMissing;
        split.Left.AddUpTo(thresholdBin);
        return split;
    }

    // Scores a left side given by its statistics, sending the node's missing rows (if any) to the larger branch.
    public static bool WithMissing<T>(
        T impurity, ReadOnlySpan<double> left, double weightLeft, ReadOnlySpan<double> parent, ReadOnlySpan<double> missing,
        double minLeaf, out double score, out bool missingLeft)
        where T : struct, IImpurity
    {
        var missingWeight = missing.IsEmpty ? 0 : missing[0];
        var weightRight = parent[0] - missingWeight - weightLeft;
        missingLeft = weightLeft >= weightRight;
        if (missingLeft)
        {
            weightLeft += missingWeight;
        }
        else
        {
            weightRight += missingWeight;
        }

        score = 0;
        if (weightLeft < minLeaf || weightRight < minLeaf)
        {
            return false;
        }

        double termsLeft = 0, termsRight = 0;
        for (var k = 0; k < left.Length; k++)
        {
            var m = missing.IsEmpty ? 0 : missing[1 + k];
            var l = left[k] + (missingLeft ? m : 0);
            termsLeft += impurity.Term(l);
            termsRight += impurity.Term(parent[1 + k] - l);
        }

        score = impurity.Score(termsLeft, termsRight, weightLeft, weightRight);
        return true;
    }
}
