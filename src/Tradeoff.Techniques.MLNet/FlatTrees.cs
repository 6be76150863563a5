using Microsoft.ML.Trainers.FastTree;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// One or more tree ensembles (one per class for multiclass) copied out of ML.NET into flat arrays, evaluated
/// without allocation. ML.NET's PredictionEngine allocates about 1.8 KB per call on the same model.
/// </summary>
/// <remarks>
/// The walk is FastTree's (which ML.NET runs on LightGBM's trees): at a split node go to the left child when the
/// feature value is at most the threshold, else right (so NaN goes right); a negative child index ~i is leaf i.
/// A tree's output is its leaf value times its weight; an ensemble's is the sum plus its bias.
/// </remarks>
internal sealed class FlatTrees
{
    private readonly int[] _ensembleStart; // first tree of each ensemble, plus one past the end
    private readonly int[] _nodeStart;     // first split node of each tree, plus one past the end
    private readonly int[] _leafStart;     // first leaf of each tree
    private readonly double[] _weights;
    private readonly double[] _biases;
    private readonly int[] _features;
    private readonly float[] _thresholds;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;

    public FlatTrees(IReadOnlyList<RegressionTreeEnsemble> ensembles)
    {
        var trees = ensembles.SelectMany(e => e.Trees).ToList();
        _ensembleStart = new int[ensembles.Count + 1];
        _biases = new double[ensembles.Count];
        for (var e = 0; e < ensembles.Count; e++)
        {
            _ensembleStart[e + 1] = _ensembleStart[e] + ensembles[e].Trees.Count;
            _biases[e] = ensembles[e].Bias;
        }

        _weights = ensembles.SelectMany(e => e.TreeWeights).ToArray();
        _nodeStart = new int[trees.Count + 1];
        _leafStart = new int[trees.Count];
        int nodes = 0, leaves = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            _nodeStart[t] = nodes;
            _leafStart[t] = leaves;
            nodes += trees[t].NumberOfNodes;
            leaves += trees[t].NumberOfLeaves;
            if (trees[t].CategoricalSplitFlags.Any(flag => flag))
            {
                // The shared one-hot encoding reaches LightGBM without categorical slot metadata, so ML.NET never asks for these.
                throw new InvalidDataException("The ensemble holds a categorical split, which this evaluator does not walk.");
            }
        }

        _nodeStart[trees.Count] = nodes;
        ParameterCount = trees.Sum(Parameters);
        _features = trees.SelectMany(t => t.NumericalSplitFeatureIndexes).ToArray();
        _thresholds = trees.SelectMany(t => t.NumericalSplitThresholds).ToArray();
        _left = trees.SelectMany(t => t.LeftChild).ToArray();
        _right = trees.SelectMany(t => t.RightChild).ToArray();
        _leaves = trees.SelectMany(t => t.LeafValues).ToArray();
    }

    /// <summary>
    /// The numbers LightGBM learned that prediction reads, over every tree (docs/PROTOCOL.md, "parameters"): 2 per
    /// split (feature and threshold) and 1 per leaf. The tree weights (1) and the ensemble biases (0) are ML.NET's
    /// constants, not learned, and are not counted.
    /// </summary>
    public long ParameterCount { get; }

    /// <summary>
    /// One tree's split nodes (feature, threshold, left, right: a child below 0 is the leaf ~child) and leaf values,
    /// with its ensemble and weight (for a writer of the model in another form).
    /// </summary>
    internal IEnumerable<(int Ensemble, double Weight, int[] Features, float[] Thresholds, int[] Left, int[] Right, double[] Leaves)> Trees()
    {
        for (var e = 0; e < EnsembleCount; e++)
        {
            for (var t = _ensembleStart[e]; t < _ensembleStart[e + 1]; t++)
            {
                var (start, end) = (_nodeStart[t], _nodeStart[t + 1]);
                var leafEnd = t + 1 < _leafStart.Length ? _leafStart[t + 1] : _leaves.Length;
                yield return (e, _weights[t], _features[start..end], _thresholds[start..end], _left[start..end], _right[start..end], _leaves[_leafStart[t]..leafEnd]);
            }
        }
    }

    /// <summary>Each ensemble's bias, added to its score.</summary>
    internal IReadOnlyList<double> Biases => _biases;

    public int EnsembleCount => _biases.Length;

    /// <summary>The raw output of ensemble <paramref name="ensemble"/> for one row.</summary>
    public double Score(ReadOnlySpan<float> features, int ensemble)
    {
        var sum = 0.0;
        for (var t = _ensembleStart[ensemble]; t < _ensembleStart[ensemble + 1]; t++)
        {
            sum += _weights[t] * _leaves[_leafStart[t] + Leaf(features, t)];
        }

        return sum + _biases[ensemble];
    }

    /// <summary>
    /// A tree's learned numbers. LightGBM's constant tree (one leaf) reaches ML.NET as a stand-in split on feature 0
    /// with two equal leaves and no gain (WrappedLightGbmBooster.GetModel): it learned its one value, not a split.
    /// </summary>
    private static long Parameters(RegressionTree tree)
    {
        var constant = tree.NumberOfNodes == 0
            || (tree.NumberOfNodes == 1 && tree.SplitGains[0] == 0 && tree.LeafValues[0] == tree.LeafValues[1]);
        return constant ? 1 : (2L * tree.NumberOfNodes) + tree.NumberOfLeaves;
    }

    private int Leaf(ReadOnlySpan<float> features, int tree)
    {
        var start = _nodeStart[tree];
        if (_nodeStart[tree + 1] == start)
        {
            return 0; // a single leaf
        }

        var node = 0;
        while (node >= 0)
        {
            var i = start + node;
            node = features[_features[i]] <= _thresholds[i] ? _left[i] : _right[i];
        }

        return ~node;
    }
}
