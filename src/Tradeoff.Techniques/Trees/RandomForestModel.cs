using System.Globalization;
using System.Text;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>A fitted random forest: the mean of its trees' outputs.</summary>
internal sealed class RandomForestModel : IModel, IExplainableModel
{
    /// <summary>Rows <see cref="PredictBatch"/> walks each tree with before the next tree (measured: docs/BENCHMARKS.md).</summary>
    internal const int BlockRows = 1024;

    private readonly FlatTree[] _trees;
    private readonly float _scale;

    public RandomForestModel(TreeSchema schema, FlatTree[] trees, SplitCriterion criterion, double[] importance, double outOfBagAccuracy, double outOfBagRmse)
    {
        Schema = schema;
        _trees = trees;
        _scale = 1f / trees.Length;
        Criterion = criterion;
        Importance = importance;
        OutOfBagAccuracy = outOfBagAccuracy;
        OutOfBagRmse = outOfBagRmse;
        Complexity = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["trees"] = trees.Length,
            ["nodes"] = trees.Sum(t => (double)t.Nodes.Length),
            ["leaves"] = trees.Sum(t => (double)t.LeafCount),
            ["depth"] = trees.Max(t => t.Depth),
            ["mean-depth"] = trees.Average(t => t.Depth),
        };
    }

    public TreeSchema Schema { get; }

    public IReadOnlyList<FlatTree> Trees => _trees;

    public SplitCriterion Criterion { get; }

    /// <summary>Mean decrease in impurity per feature (sums to 1).</summary>
    public IReadOnlyList<double> Importance { get; }

    /// <summary>Accuracy of each training row predicted by the trees that did not see it; NaN for regression or without bootstrap.</summary>
    public double OutOfBagAccuracy { get; }

    /// <summary>Out-of-bag root mean squared error; NaN for classification or without bootstrap.</summary>
    public double OutOfBagRmse { get; }

    public int OutputLength => _trees[0].OutputLength;

    /// <summary>The sum over trees: 3 per split (feature, threshold or level set, missing side), the outputs of each leaf.</summary>
    public long ParameterCount => _trees.Sum(t => t.ParameterCount);

    public IReadOnlyDictionary<string, double> Complexity { get; }

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var k = OutputLength;
        output[..k].Clear();
        foreach (var tree in _trees)
        {
            var values = tree.Values.AsSpan(tree.LeafOf(features), k);
            for (var c = 0; c < k; c++)
            {
                output[c] += values[c];
            }
        }

        for (var c = 0; c < k; c++)
        {
            output[c] *= _scale;
        }
    }

    /// <summary>
    /// Tree by tree over a block of rows, not row by row over the trees: a forest's nodes (45 MB for Fashion-MNIST's
    /// 100 full-depth trees) do not stay in the cache across a row's walk of every tree, one tree's (about 0.45 MB)
    /// does across a block's walks of it, as scikit-learn's forest predicts. Each row's sum adds the trees in the same
    /// order as <see cref="Predict"/>, so the outputs are the same to the bit (tested).
    /// </summary>
    public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        var k = OutputLength;
        var width = rowCount == 0 ? 0 : rows.Length / rowCount;
        output[..(rowCount * k)].Clear();
        for (var first = 0; first < rowCount; first += BlockRows)
        {
            var end = Math.Min(rowCount, first + BlockRows);
            foreach (var tree in _trees)
            {
                var values = tree.Values;
                for (var r = first; r < end; r++)
                {
                    var leaf = tree.LeafOf(rows.Slice(r * width, width));
                    var sum = output.Slice(r * k, k);
                    for (var c = 0; c < k; c++)
                    {
                        sum[c] += values[leaf + c];
                    }
                }
            }
        }

        foreach (ref var value in output[..(rowCount * k)])
        {
            value *= _scale;
        }
    }

    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Random forest ({Criterion.ToString().ToLowerInvariant()}): {_trees.Length} trees, {Complexity["leaves"]:0} leaves in all, mean depth {Complexity["mean-depth"]:0.#}.\n");
        if (!double.IsNaN(OutOfBagAccuracy))
        {
            text.Append(CultureInfo.InvariantCulture, $"Out-of-bag accuracy: {OutOfBagAccuracy:0.####}.\n");
        }

        if (!double.IsNaN(OutOfBagRmse))
        {
            text.Append(CultureInfo.InvariantCulture, $"Out-of-bag RMSE: {OutOfBagRmse:G5}.\n");
        }

        text.Append("Most important features (mean decrease in impurity):\n");
        foreach (var f in Enumerable.Range(0, Importance.Count).OrderByDescending(f => Importance[f]).Take(15).Where(f => Importance[f] > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Schema.FeatureNames[f]}: {Importance[f]:0.####}\n");
        }

        return text.ToString();
    }

    public void Save(Stream stream) => RandomForestTechnique.Save(this, stream);

    public void Dispose()
    {
    }
}
