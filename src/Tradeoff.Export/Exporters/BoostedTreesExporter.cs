using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.MLNet;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// Gradient boosting (LightGBM, read into flat trees) as one TreeEnsembleRegressor, one target per ensemble (one per
/// class for multiclass), each leaf times its tree's weight, the biases as base values; then Platt's sigmoid (binary),
/// softmax (multiclass) or the score (regression), as the model computes. A missing value fails every split's
/// comparison and goes right, as in the model.
/// </summary>
internal sealed class BoostedTreesExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is BoostedTreesModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var boosted = (BoostedTreesModel)model;
        var (trees, calibrator) = boosted.Parts;
        var writer = new TreeEnsembleWriter();
        var t = 0;
        foreach (var tree in trees.Trees())
        {
            var nodes = tree.Features.Length;
            if (nodes == 0)
            {
                writer.Leaf(t, 0, Target(trees.EnsembleCount, tree.Ensemble, tree.Weight * tree.Leaves[0]));
            }

            for (var i = 0; i < nodes; i++)
            {
                writer.Split(t, i, tree.Features[i], "BRANCH_LEQ", tree.Thresholds[i], Id(tree.Left[i], nodes), Id(tree.Right[i], nodes), missingTrue: false);
            }

            for (var l = 0; nodes > 0 && l < tree.Leaves.Length; l++)
            {
                writer.Leaf(t, nodes + l, Target(trees.EnsembleCount, tree.Ensemble, tree.Weight * tree.Leaves[l]));
            }

            t++;
        }

        var scores = graph.Node("Add", writer.Write(graph, features, trees.EnsembleCount), graph.Floats([.. trees.Biases.Select(b => (float)b)], 1, trees.EnsembleCount));
        switch (boosted.Task)
        {
            case TaskKind.BinaryClassification:
                return GraphPieces.Platt(graph, scores, calibrator!.Slope, calibrator.Offset);
            case TaskKind.MulticlassClassification:
                return graph.Node("Softmax", [scores], null, "", OnnxGraph.Attribute("axis", 1L));
            default:
                return scores;
        }
    }

    // A child below 0 is leaf ~child, numbered after the split nodes.
    private static int Id(int child, int nodes) => child >= 0 ? child : nodes + ~child;

    private static float[] Target(int targets, int ensemble, double value)
    {
        var weights = new float[targets];
        weights[ensemble] = (float)value;
        return weights;
    }
}
