using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// The neural network (MLP) from its weights: Gemm and Relu per hidden layer, Gemm last, then softmax
/// (classification) or the target's scale undone (regression).
/// </summary>
internal sealed class MlpExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is MlpModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var mlp = (MlpModel)model;
        var value = Layers(graph, features, mlp.Weights);
        return mlp.Regression is { } scale
            ? graph.Node("Add", graph.Node("Mul", value, graph.Float(scale.Scale)), graph.Float(scale.Mean))
            : graph.Node("Softmax", [value], null, "", OnnxGraph.Attribute("axis", 1L));
    }

    /// <summary>The layers' scores (before the softmax): Gemm, and Relu between layers.</summary>
    public static string Layers(OnnxGraph graph, string input, MlpWeights weights)
    {
        var layers = weights.Layers;
        var value = input;
        for (var l = 0; l < layers.Count; l++)
        {
            var layer = layers[l];
            value = graph.Node("Gemm", [value, graph.Floats(layer.Weights, layer.Outputs, layer.Inputs), graph.Floats(layer.Biases, layer.Outputs)], null, "", OnnxGraph.Attribute("transB", 1L));
            if (l < layers.Count - 1)
            {
                value = graph.Node("Relu", value);
            }
        }

        return value;
    }
}
