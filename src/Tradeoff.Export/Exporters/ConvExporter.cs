using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// The convolutional network: pixels scaled as the model scales them, reshaped to [N, channels, height, width]; per
/// block Conv (same padding of kernel / 2, the filters in the model's channel, row, column order), 2x2 MaxPool and
/// Relu (the model applies Relu after the maximum, which is the same); then Flatten and the dense head with softmax.
/// </summary>
internal sealed class ConvExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is ConvModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var conv = (ConvModel)model;
        var weights = conv.Weights;
        var shape = weights.Input;
        var pixels = graph.Node("Div", graph.Node("Sub", features, graph.Float(conv.PixelScale.Mean)), graph.Float(conv.PixelScale.Scale));
        var value = graph.Node("Reshape", pixels, graph.Int64s([-1, shape.Channels, shape.Height, shape.Width], 4));
        foreach (var block in weights.Blocks)
        {
            var k = block.Kernel;
            var pad = k / 2;
            var filters = graph.Floats(block.Filters.Weights, block.OutChannels, block.InChannels, k, k);
            var convolved = graph.Node("Conv", [value, filters, graph.Floats(block.Filters.Biases, block.OutChannels)], null, "",
                OnnxGraph.Attribute("kernel_shape", new long[] { k, k }),
                OnnxGraph.Attribute("pads", new long[] { pad, pad, pad, pad }));
            var pooled = graph.Node("MaxPool", [convolved], null, "",
                OnnxGraph.Attribute("kernel_shape", new long[] { 2, 2 }),
                OnnxGraph.Attribute("strides", new long[] { 2, 2 }));
            value = graph.Node("Relu", pooled);
        }

        var flat = graph.Node("Flatten", [value], null, "", OnnxGraph.Attribute("axis", 1L));
        return graph.Node("Softmax", [MlpExporter.Layers(graph, flat, weights.Head)], null, "", OnnxGraph.Attribute("axis", 1L));
    }
}
