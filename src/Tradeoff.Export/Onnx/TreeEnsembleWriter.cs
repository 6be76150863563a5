namespace Tradeoff.Export.Onnx;

/// <summary>
/// Collects trees node by node and writes them as one ai.onnx.ml TreeEnsembleRegressor (one target per output:
/// a classifier's leaves hold class distributions, which this operator sums as they are; the label is taken after).
/// </summary>
internal sealed class TreeEnsembleWriter
{
    private readonly List<long> _treeIds = [];
    private readonly List<long> _nodeIds = [];
    private readonly List<long> _featureIds = [];
    private readonly List<string> _modes = [];
    private readonly List<float> _values = [];
    private readonly List<long> _trueIds = [];
    private readonly List<long> _falseIds = [];
    private readonly List<long> _missingTrue = [];
    private readonly List<long> _targetTrees = [];
    private readonly List<long> _targetNodes = [];
    private readonly List<long> _targetIds = [];
    private readonly List<float> _targetWeights = [];

    /// <summary>A split: <paramref name="mode"/> (BRANCH_LEQ, BRANCH_LT, BRANCH_GT...) true goes to <paramref name="trueNode"/>; NaN goes the true way when <paramref name="missingTrue"/>.</summary>
    public void Split(int tree, int node, int feature, string mode, float threshold, int trueNode, int falseNode, bool missingTrue)
    {
        Node(tree, node, feature, mode, threshold, trueNode, falseNode, missingTrue);
    }

    /// <summary>A leaf adding <paramref name="weights"/> (one per target) to the output.</summary>
    public void Leaf(int tree, int node, ReadOnlySpan<float> weights)
    {
        Node(tree, node, 0, "LEAF", 0f, 0, 0, false);
        for (var t = 0; t < weights.Length; t++)
        {
            _targetTrees.Add(tree);
            _targetNodes.Add(node);
            _targetIds.Add(t);
            _targetWeights.Add(weights[t]);
        }
    }

    /// <summary>Writes the operator on <paramref name="features"/>; returns its [N, targets] output, the leaves summed.</summary>
    public string Write(OnnxGraph graph, string features, int targets)
    {
        return graph.Node("TreeEnsembleRegressor", [features], null, OnnxGraph.MLDomain,
            OnnxGraph.Attribute("n_targets", (long)targets),
            OnnxGraph.Attribute("aggregate_function", "SUM"),
            OnnxGraph.Attribute("post_transform", "NONE"),
            OnnxGraph.Attribute("nodes_treeids", _treeIds),
            OnnxGraph.Attribute("nodes_nodeids", _nodeIds),
            OnnxGraph.Attribute("nodes_featureids", _featureIds),
            OnnxGraph.Attribute("nodes_modes", _modes),
            OnnxGraph.Attribute("nodes_values", _values),
            OnnxGraph.Attribute("nodes_truenodeids", _trueIds),
            OnnxGraph.Attribute("nodes_falsenodeids", _falseIds),
            OnnxGraph.Attribute("nodes_missing_value_tracks_true", _missingTrue),
            OnnxGraph.Attribute("target_treeids", _targetTrees),
            OnnxGraph.Attribute("target_nodeids", _targetNodes),
            OnnxGraph.Attribute("target_ids", _targetIds),
            OnnxGraph.Attribute("target_weights", _targetWeights));
    }

    private void Node(int tree, int node, int feature, string mode, float threshold, int trueNode, int falseNode, bool missingTrue)
    {
        _treeIds.Add(tree);
        _nodeIds.Add(node);
        _featureIds.Add(feature);
        _modes.Add(mode);
        _values.Add(threshold);
        _trueIds.Add(trueNode);
        _falseIds.Add(falseNode);
        _missingTrue.Add(missingTrue ? 1 : 0);
    }
}
