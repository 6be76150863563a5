using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class OutOfBagTests
{
    [Fact]
    public void Should_score_as_a_row_by_row_pass_When_rows_span_several_blocks()
    {
        // 300 rows: several blocks of the scorer, the last one partial.
        var data = ToyData.Multiclass(rows: 300);
        using var model = (RandomForestModel)new RandomForestTechnique(new TreeOptions { MaxFeatures = "sqrt" }, 7, bootstrap: true)
            .Fit(data, new FitContext { Seed = 5, Threads = 1 });
        var trees = model.Trees.ToArray();
        var random = new Random(11);
        var inBag = trees.Select(_ => Enumerable.Range(0, data.RowCount).Select(_ => random.NextDouble() < 0.6).ToArray()).ToArray();

        var (accuracy, rmse) = OutOfBag.Score(data, trees, inBag, new ParallelOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(RowByRow(data, trees, inBag), accuracy);
        Assert.True(double.IsNaN(rmse));
    }

    // The reference: each row copied on its own and walked through the trees that left it out.
    private static double RowByRow(Dataset data, FlatTree[] trees, bool[][] inBag)
    {
        var row = new float[data.FeatureCount];
        int right = 0, scored = 0;
        for (var r = 0; r < data.RowCount; r++)
        {
            var sum = new double[trees[0].OutputLength];
            var votes = 0;
            for (var t = 0; t < trees.Length; t++)
            {
                if (inBag[t][r])
                {
                    continue;
                }

                data.CopyRow(r, row);
                var leaf = trees[t].LeafOf(row);
                for (var c = 0; c < sum.Length; c++)
                {
                    sum[c] += trees[t].Values[leaf + c];
                }

                votes++;
            }

            if (votes > 0)
            {
                scored++;
                right += Array.IndexOf(sum, sum.Max()) == (int)data.Target.Values[r] ? 1 : 0;
            }
        }

        return right / (double)scored;
    }
}
