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
                // ML.NET's Platt calibrator: P = 1 / (1 + exp(slope * score + offset)).
                var logit = graph.Node("Add", graph.Node("Mul", scores, graph.Float((float)p.Calibrator!.Slope)), graph.Float((float)p.Calibrator.Offset));
                var positive = graph.Node("Sigmoid", graph.Node("Neg", logit));
                return graph.Node("Concat", [graph.Node("Sub", graph.Float(1f), positive), positive], null, "", OnnxGraph.Attribute("axis", 1L));
            case LinearOutput.Softmax:
                return graph.Node("Softmax", [scores], null, "", OnnxGraph.Attribute("axis", 1L));
            default:
                return scores;
        }
    }
}
