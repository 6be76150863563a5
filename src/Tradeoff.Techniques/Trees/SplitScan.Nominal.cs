namespace Tradeoff.Techniques.Trees;

internal static partial class SplitScan
{
    // Insertion sort: at most 256 levels, and it keeps ties in level order so the result is deterministic.
    private static void SortByMeanTarget(ReadOnlySpan<double> cells, int stride, Span<int> order)
    {
        var last = stride - 1;
        Span<double> keys = stackalloc double[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var o = order[i] * stride;
            keys[i] = cells[o + last] / cells[o];
        }

        for (var i = 1; i < order.Length; i++)
        {
            var key = keys[i];
            var bin = order[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
            }

            keys[j + 1] = key;
            order[j + 1] = bin;
        }
    }

    private static void OneAgainstRest<T>(
        T impurity, ReadOnlySpan<double> cells, ReadOnlySpan<int> order, ReadOnlySpan<double> parent,
        ReadOnlySpan<double> missing, double minLeaf, int feature, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        var stride = parent.Length;
        foreach (var bin in order)
        {
            var level = cells.Slice((bin * stride) + 1, stride - 1);
            if (WithMissing(impurity, level, cells[bin * stride], parent, missing, minLeaf, out var score, out var missingLeft) && score > best.Score)
            {
                best = SplitCandidate.None;
                best.Feature = feature;
                best.Score = score;
                best.MissingLeft = missingLeft;
                best.SawMissing = !missing.IsEmpty;
                best.Left.Add(bin);
            }
        }
    }
}
