using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Out-of-bag estimates: each training row is predicted by the trees whose bootstrap sample left it out (about a
/// third of them), which estimates test performance without holding data back.
/// </summary>
internal static class OutOfBag
{
    // Rows per block: the block's rows, laid out row-major (64 x 784 floats for Fashion-MNIST, 200 KB), stay in cache
    // while every tree walks them, and are read from the columns sequentially; a copy row by row reads one value per
    // column and misses the cache on each (about a tenth of a 100-tree forest's fit).
    private const int BlockRows = 64;

    /// <summary>Accuracy (classification) or RMSE (regression) over the rows left out by at least one tree; the other is NaN.</summary>
    public static (double Accuracy, double Rmse) Score(Dataset data, FlatTree[] trees, bool[][] inBag, ParallelOptions parallel)
    {
        var n = data.RowCount;
        var width = data.FeatureCount;
        var k = trees[0].OutputLength;
        var classification = data.Task.IsClassification();
        var error = new double[n];
        var counted = new bool[n];
        Parallel.For(
            0,
            (n + BlockRows - 1) / BlockRows,
            parallel,
            () => new Block(BlockRows, width, k),
            (b, _, block) =>
            {
                var start = b * BlockRows;
                var count = Math.Min(BlockRows, n - start);
                block.Load(data, start, count);
                foreach (var (tree, bag) in trees.Zip(inBag))
                {
                    for (var i = 0; i < count; i++)
                    {
                        if (!bag[start + i])
                        {
                            block.Add(i, tree);
                        }
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    var votes = block.Votes[i];
                    if (votes == 0)
                    {
                        continue;
                    }

                    var r = start + i;
                    counted[r] = true;
                    var sum = block.Sum(i);
                    var truth = data.Target.Values[r];
                    if (classification)
                    {
                        var best = 0;
                        for (var c = 1; c < k; c++)
                        {
                            best = sum[c] > sum[best] ? c : best;
                        }

                        error[r] = best == (int)truth ? 0 : 1;
                    }
                    else
                    {
                        var diff = (sum[0] / votes) - truth;
                        error[r] = diff * diff;
                    }
                }

                return block;
            },
            _ => { });

        var rows = counted.Count(c => c);
        if (rows == 0)
        {
            return (double.NaN, double.NaN);
        }

        var mean = error.Where((_, r) => counted[r]).Sum() / rows;
        return classification ? (1 - mean, double.NaN) : (double.NaN, Math.Sqrt(mean));
    }

    /// <summary>One thread's rows being scored: their features row-major, and per row the summed tree outputs and the votes.</summary>
    private sealed class Block(int rows, int width, int outputs)
    {
        private readonly float[] _rows = new float[rows * width];
        private readonly double[] _sums = new double[rows * outputs];

        public int[] Votes { get; } = new int[rows];

        public void Load(Dataset data, int start, int count)
        {
            for (var f = 0; f < width; f++)
            {
                // Value by value: a row selection's rows (a bootstrap resample's) are read without copying the column out.
                var column = data.Features[f];
                for (var i = 0; i < count; i++)
                {
                    _rows[(i * width) + f] = column.ValueAt(start + i);
                }
            }

            Array.Clear(_sums);
            Array.Clear(Votes);
        }

        // The trees are added in order for each row, so the sums are those of a row-by-row pass.
        public void Add(int i, FlatTree tree)
        {
            var leaf = tree.LeafOf(_rows.AsSpan(i * width, width));
            var sum = _sums.AsSpan(i * outputs, outputs);
            for (var c = 0; c < outputs; c++)
            {
                sum[c] += tree.Values[leaf + c];
            }

            Votes[i]++;
        }

        public ReadOnlySpan<double> Sum(int i) => _sums.AsSpan(i * outputs, outputs);
    }
}
