using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.MLNet;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// Logistic and linear regression (ML.NET's linear models): scores by Gemm, then the model's output: Platt's
/// calibrated sigmoid (binary, [1 - p, p]), softmax (multiclass), or the score itself (regression).
/// </summary>
internal sealed class LinearExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is LinearModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var p = ((LinearModel)model).Parameters;
        var input = p.Width == schema.Featurizer.OutputWidth ? features : graph.Columns(features, 0, p.Width);
        var scores = graph.Node("Gemm", [input, graph.Floats(p.Weights, p.ScoreCount, p.Width), graph.Floats(p.Biases, p.ScoreCount)], null, "", OnnxGraph.Attribute("transB", 1L));
        switch (p.Output)
        {
            case LinearOutput.Sigmoid:
                return GraphPieces.Platt(graph, scores, p.Calibrator!.Slope, p.Calibrator.Offset);
            case LinearOutput.Softmax:
                return graph.Node("Softmax", [scores], null, "", OnnxGraph.Attribute("axis", 1L));
            default:
                return scores;
        }
    }
}
