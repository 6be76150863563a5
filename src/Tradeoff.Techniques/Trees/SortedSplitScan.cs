using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Split finding for small nodes (at most <see cref="MaxRows"/> rows) without a 256-bin histogram: the node's rows
/// are sorted by bin and scanned row by row, so a row updates only its own class. Deep in a fully grown tree most
/// nodes are small and a histogram there would cost its bins times its classes for a handful of rows.
/// </summary>
internal static class SortedSplitScan
{
    /// <summary>The largest node that takes this path (positions must fit in 16 bits).</summary>
    public const int MaxRows = 2048;

    /// <summary>
    /// Replaces <paramref name="best"/> when <paramref name="feature"/> splits the node better. <paramref name="rows"/>
    /// are the node's rows as indices into <paramref name="column"/> (the feature's bins); per position in
    /// <paramref name="rows"/>: <paramref name="cell"/> and <paramref name="amount"/> say what the row adds to which
    /// statistic; <paramref name="weight"/> is its weight, or empty for classification (where it equals the amount).
    /// <paramref name="parentTerms"/> holds the sum of the node's terms, then the term of each statistic (computed once per node).
    /// </summary>
    [SkipLocalsInit]
    public static void Find<T>(
        T impurity, ReadOnlySpan<byte> column, ReadOnlySpan<int> rows, ReadOnlySpan<int> cell, ReadOnlySpan<double> amount,
        ReadOnlySpan<double> weight, int feature, bool nominal, int missingBin, FeatureBins bins, ReadOnlySpan<double> parent,
        ReadOnlySpan<double> parentTerms, double minLeaf, bool orderedNominal, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        // nominal and missingBin are bins' own, passed from compact arrays: reading the object costs a cache miss.
        if (nominal)
        {
            Nominal(impurity, column, rows, cell, amount, weight, feature, bins, parent, minLeaf, orderedNominal, ref best);
            return;
        }

        var stride = parent.Length;
        Span<double> missing = stride <= 64 ? stackalloc double[stride] : new double[stride];
        missing.Clear();
        Span<int> keys = stackalloc int[rows.Length];
        var count = 0;
        int low = int.MaxValue, high = int.MinValue;
        if (missingBin < 0)
        {
            // No missing bin (the usual case): one branch-free pass.
            for (var i = 0; i < rows.Length; i++)
            {
                int b = column[rows[i]];
                keys[i] = (b << 16) | i;
                low = Math.Min(low, b);
                high = Math.Max(high, b);
            }

            count = rows.Length;
        }
        else
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var b = column[rows[i]];
                if (b == missingBin)
                {
                    missing[0] += weight.IsEmpty ? amount[i] : weight[i];
                    missing[cell[i]] += amount[i];
                }
                else
                {
                    keys[count++] = (b << 16) | i;
                    low = Math.Min(low, b);
                    high = Math.Max(high, b);
                }
            }
        }

        // Deep in a tree many features are constant within the node (a blank border pixel): no sort needed.
        if (count < 2 || low == high)
        {
            return;
        }

        keys = keys[..count];
        if (count <= 16)
        {
            InsertionSort(keys);
        }
        else
        {
            Span<int> sorted = stackalloc int[count];
            CountingSort(keys, sorted, low, high);
            keys = sorted;
        }

        var stats = stride - 1;
        Span<double> scratch = stats <= 32 ? stackalloc double[3 * stats] : new double[3 * stats];
        var left = scratch[..stats];
        var termLeft = scratch.Slice(stats, stats);
        var termRight = scratch.Slice(2 * stats, stats);
        left.Clear();
        termLeft.Fill(impurity.Term(0));
        parentTerms[1..].CopyTo(termRight);
        double termsLeft = stats * impurity.Term(0), termsRight = parentTerms[0], weightLeft = 0;

        var hasMissing = missing[0] > 0;
        var bestScore = best.Score;
        var bestBin = -1;
        var bestMissingLeft = false;
        for (var j = 0; j < count - 1; j++)
        {
            var i = keys[j] & 0xFFFF;
            var k = cell[i] - 1;
            SplitScan.MoveLeft(impurity, k, amount[i], parent, left, termLeft, termRight, ref termsLeft, ref termsRight);
            weightLeft += weight.IsEmpty ? amount[i] : weight[i];
            var bin = keys[j] >> 16;
            if (keys[j + 1] >> 16 == bin)
            {
                continue;
            }

            var step = SplitScan.Score(impurity, hasMissing, weightLeft, termsLeft, termsRight, left, parent, missing, minLeaf, out var score, out var missingLeft);
            if (step == ScanStep.Stop)
            {
                break;
            }

            if (step == ScanStep.Scored && score > bestScore)
            {
                bestScore = score;
                bestBin = bin;
                bestMissingLeft = missingLeft;
            }
        }

        if (bestBin >= 0)
        {
            best = SplitScan.Numeric(feature, bestScore, bestBin, bestMissingLeft, hasMissing);
        }
    }

    private static void InsertionSort(Span<int> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    // Counting sort by bin over the node's bin range: linear, where a comparison sort pays log m per row.
    [SkipLocalsInit]
    private static void CountingSort(ReadOnlySpan<int> keys, Span<int> sorted, int low, int high)
    {
        Span<int> starts = stackalloc int[BinnedData.MaxBins + 1];
        starts.Slice(low, high - low + 2).Clear();
        foreach (var key in keys)
        {
            starts[(key >> 16) + 1]++;
        }

        for (var b = low + 1; b <= high; b++)
        {
            starts[b] += starts[b - 1];
        }

        foreach (var key in keys)
        {
            sorted[starts[key >> 16]++] = key;
        }
    }

    // Nominal features gather the node's rows per level and reuse the histogram scan over those few cells.
    private static void Nominal<T>(
        T impurity, ReadOnlySpan<byte> column, ReadOnlySpan<int> rows, ReadOnlySpan<int> cell, ReadOnlySpan<double> amount,
        ReadOnlySpan<double> weight, int feature, FeatureBins bins, ReadOnlySpan<double> parent, double minLeaf,
        bool orderedNominal, ref SplitCandidate best)
        where T : struct, IImpurity
    {
        var stride = parent.Length;
        var binCount = bins.ValueBins + 1;
        var size = binCount * stride;
        Span<double> cells = size <= 2048 ? stackalloc double[size] : new double[size];
        cells.Clear();
        for (var i = 0; i < rows.Length; i++)
        {
            var b = column[rows[i]];
            var o = (b == bins.MissingBin ? bins.ValueBins : b) * stride;
            cells[o] += weight.IsEmpty ? amount[i] : weight[i];
            cells[o + cell[i]] += amount[i];
        }

        Span<int> order = stackalloc int[bins.ValueBins];
        var count = 0;
        for (var b = 0; b < bins.ValueBins; b++)
        {
            if (cells[b * stride] > 0)
            {
                order[count++] = b;
            }
        }

        if (count < 2)
        {
            return;
        }

        var missing = cells[bins.ValueBins * stride] > 0 ? cells.Slice(bins.ValueBins * stride, stride) : [];
        SplitScan.FindIn(impurity, cells, order[..count], missing, feature, nominal: true, parent, minLeaf, orderedNominal, ref best);
    }
}
