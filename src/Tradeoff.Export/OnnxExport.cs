using Google.Protobuf;
using Tradeoff.Core;
using Tradeoff.Core.Features;
using Tradeoff.Export.Exporters;
using Tradeoff.Export.Onnx;

namespace Tradeoff.Export;

/// <summary>Writes a fitted model with its featurization as one ONNX model that takes the raw columns by name.</summary>
internal static class OnnxExport
{
    /// <summary>The metadata key of the class names, one a line, in the order of the probabilities' columns.</summary>
    public const string ClassesKey = "tradeoff.classes";

    /// <summary>The metadata key of the technique's name.</summary>
    public const string TechniqueKey = "tradeoff.technique";

    /// <summary>Why the model of <paramref name="techniqueId"/> cannot be exported, or null when it can.</summary>
    public static string? WhyNot(string techniqueId, FeaturizedModel model) =>
        OnnxExporters.NotExportable.TryGetValue(techniqueId, out var why) ? why
        : OnnxExporters.All.Any(e => e.Handles(model.Inner)) ? null
        : "no ONNX writer for its model";

    /// <summary>The ONNX model's bytes.</summary>
    /// <exception cref="InputException">The technique cannot be exported (the message says why).</exception>
    public static byte[] Write(FeaturizedModel model, ExportSchema schema)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(schema);
        if (WhyNot(schema.TechniqueId, model) is { } why)
        {
            throw new InputException($"{schema.Technique} ({schema.TechniqueId}) cannot be exported to ONNX: {why}; --format native keeps it as Tradeoff's own model file.");
        }

        var exporter = OnnxExporters.All.First(e => e.Handles(model.Inner));
        var graph = new OnnxGraph();
        var features = FeaturizationGraph.Write(graph, schema.Steps);
        var scores = exporter.Write(graph, features, model.Inner, schema);
        OutputHeads.Write(graph, scores, schema);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TechniqueKey] = schema.Technique,
            ["tradeoff.technique-id"] = schema.TechniqueId,
            ["tradeoff.target"] = schema.Target,
            ["tradeoff.task"] = schema.Task.ToString(),
        };
        if (schema.IsClassification)
        {
            metadata[ClassesKey] = string.Join('\n', schema.Classes);
        }

        return graph.Model(metadata).ToByteArray();
    }
}
