using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Out-of-bag estimates: each training row is predicted by the trees whose bootstrap sample left it out (about a
/// third of them), which estimates test performance without holding data back.
/// </summary>
internal static class OutOfBag
{
    /// <summary>Accuracy (classification) or RMSE (regression) over the rows left out by at least one tree; the other is NaN.</summary>
    public static (double Accuracy, double Rmse) Score(Dataset data, FlatTree[] trees, bool[][] inBag, ParallelOptions parallel)
    {
        var n = data.RowCount;
        var k = trees[0].OutputLength;
        var classification = data.Task.IsClassification();
        var error = new double[n];
        var counted = new bool[n];
        Parallel.For(
            0,
            n,
            parallel,
            () => (Row: new float[data.FeatureCount], Sum: new double[k]),
            (r, _, buffers) =>
            {
                Array.Clear(buffers.Sum);
                var votes = 0;
                for (var t = 0; t < trees.Length; t++)
                {
                    if (inBag[t][r])
                    {
                        continue;
                    }

                    if (votes == 0)
                    {
                        data.CopyRow(r, buffers.Row);
                    }

                    votes++;
                    var leaf = trees[t].LeafOf(buffers.Row);
                    for (var c = 0; c < k; c++)
                    {
                        buffers.Sum[c] += trees[t].Values[leaf + c];
                    }
                }

                if (votes > 0)
                {
                    counted[r] = true;
                    var truth = data.Target.Values[r];
                    if (classification)
                    {
                        var best = 0;
                        for (var c = 1; c < k; c++)
                        {
                            best = buffers.Sum[c] > buffers.Sum[best] ? c : best;
                        }

                        error[r] = best == (int)truth ? 0 : 1;
                    }
                    else
                    {
                        var diff = (buffers.Sum[0] / votes) - truth;
                        error[r] = diff * diff;
                    }
                }

                return buffers;
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
}
