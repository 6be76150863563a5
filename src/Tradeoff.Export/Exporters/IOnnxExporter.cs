using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// Writes one kind of model as ONNX operators: from the featurized [N, W] float value to the model's output,
/// [N, classes] probabilities (classification) or [N, 1] values (regression), exactly as the model's Predict.
/// </summary>
internal interface IOnnxExporter
{
    /// <summary>True when <paramref name="model"/> (the model behind the featurization) is this exporter's kind.</summary>
    bool Handles(IModel model);

    /// <summary>Writes the model's operators; returns the name of its output.</summary>
    string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema);
}
