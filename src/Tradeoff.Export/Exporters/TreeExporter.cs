using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.Trees;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// The own decision tree and random forest as one TreeEnsembleRegressor. A numeric split is BRANCH_LEQ on the
/// threshold; a split on a set of nominal levels, which the operator cannot express, becomes BRANCH_GT 0.5 on an
/// added membership feature (1 when the level is in the set, NaN when missing), computed from the level index.
/// The forest's mean is the sum times 1/trees, as the model computes it.
/// </summary>
internal sealed class TreeExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is DecisionTreeModel or RandomForestModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var trees = model is DecisionTreeModel tree ? [tree.Tree] : ((RandomForestModel)model).Trees;
        var width = WidthOf(schema);
        var membership = new Membership(width);
        var writer = new TreeEnsembleWriter();
        for (var t = 0; t < trees.Count; t++)
        {
            Add(writer, t, trees[t], membership);
        }

        var input = membership.Write(graph, features);
        var sum = writer.Write(graph, input, model.OutputLength);
        return trees.Count == 1 ? sum : graph.Node("Mul", sum, graph.Float(1f / trees.Count));
    }

    private static int WidthOf(ExportSchema schema) => schema.Featurizer.OutputWidth;

    private static void Add(TreeEnsembleWriter writer, int t, FlatTree tree, Membership membership)
    {
        for (var i = 0; i < tree.Nodes.Length; i++)
        {
            var node = tree.Nodes[i];
            if (node.IsLeaf)
            {
                writer.Leaf(t, i, tree.Values.AsSpan(node.Next, tree.OutputLength));
            }
            else if (node.Mask < 0)
            {
                writer.Split(t, i, node.Feature, "BRANCH_LEQ", node.Threshold, node.Next, node.Next + 1, node.MissingLeft);
            }
            else
            {
                var feature = membership.Of(node.Feature, tree.Masks, node.Mask);
                writer.Split(t, i, feature, "BRANCH_GT", 0.5f, node.Next, node.Next + 1, node.MissingLeft);
            }
        }
    }

    /// <summary>The added membership features: one per distinct (feature, level set), after the featurized columns.</summary>
    private sealed class Membership(int width)
    {
        private readonly List<(int Feature, bool[] Levels)> _sets = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public int Of(int feature, uint[] masks, int mask)
        {
            var levels = new bool[masks[mask]];
            for (var l = 0; l < levels.Length; l++)
            {
                levels[l] = (masks[mask + 1 + (l >> 5)] & (1u << l)) != 0;
            }

            var key = feature + ":" + string.Concat(levels.Select(b => b ? '1' : '0'));
            if (!_index.TryGetValue(key, out var index))
            {
                index = width + _sets.Count;
                _index[key] = index;
                _sets.Add((feature, levels));
            }

            return index;
        }

        public string Write(OnnxGraph graph, string features)
        {
            if (_sets.Count == 0)
            {
                return features;
            }

            // One column per set, in the order their feature indices were given (width, width + 1, ...).
            var parts = new List<string> { features };
            var levels = new Dictionary<int, string>();
            foreach (var (feature, set) in _sets)
            {
                if (!levels.TryGetValue(feature, out var level))
                {
                    level = graph.Columns(features, feature, feature + 1);
                    levels[feature] = level;
                }

                var indices = graph.Floats(Enumerable.Range(0, set.Length).Select(i => (float)i).ToArray(), 1, set.Length);
                var oneHot = graph.Node("Cast", [graph.Node("Equal", level, indices)], null, "", OnnxGraph.Attribute("to", (long)OnnxGraph.FloatType));
                var member = graph.Node("MatMul", oneHot, graph.Floats(set.Select(b => b ? 1f : 0f).ToArray(), set.Length, 1));
                parts.Add(graph.Node("Where", graph.Node("IsNaN", level), graph.Float(float.NaN), member));
            }

            return graph.Node("Concat", parts, null, "", OnnxGraph.Attribute("axis", 1L));
        }
    }
}
