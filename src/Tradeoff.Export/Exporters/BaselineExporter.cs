using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.Baseline;

namespace Tradeoff.Export.Exporters;

/// <summary>The baseline predicts one output for every row (class frequencies, or the mean): that row, repeated.</summary>
internal sealed class BaselineExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model.GetType().DeclaringType == typeof(BaselineTechnique);

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        // The model ignores its features; any row gives its one output.
        var output = new float[model.OutputLength];
        model.Predict(new float[schema.Featurizer.OutputWidth], output);
        return GraphPieces.Repeat(graph, features, output);
    }
}
