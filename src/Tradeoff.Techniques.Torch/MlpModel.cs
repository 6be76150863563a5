using System.Numerics.Tensors;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// A trained perceptron. Prediction runs in managed code over the weights copied out of libtorch after training:
/// the same math (dense layers, ReLU, softmax) with SIMD dot products, no native call, no tensor and no allocation
/// per row. On 784-300-100-10 that is about half the single-row latency of a libtorch forward pass with a
/// preallocated input under no_grad (the torch benchmark measures both). libtorch stays for training, and a loaded
/// model needs no native library at all.
/// </summary>
internal sealed class MlpModel : IModel
{
    private const int FormatVersion = 1;

    // One buffer per layer output, reused by Predict: a model is not used from two threads at once.
    private readonly float[][] _activations;

    public MlpModel(MlpWeights weights, TargetScale? regression, IReadOnlyList<double>? trainingLosses = null)
    {
        Weights = weights;
        Regression = regression;
        TrainingLosses = trainingLosses ?? [];
        _activations = weights.Layers.Select(l => new float[l.Outputs]).ToArray();
    }

    public MlpWeights Weights { get; }

    /// <summary>For regression, how the target was standardized for training; null for classification.</summary>
    public TargetScale? Regression { get; }

    /// <summary>The mean training loss of each epoch of the fit or update that made this model.</summary>
    public IReadOnlyList<double> TrainingLosses { get; }

    public int OutputLength => Regression is null ? Weights.Outputs : 1;

    /// <summary>Weights plus biases; for regression also the target's mean and scale, which prediction reads to undo the standardization.</summary>
    public long ParameterCount => Weights.ParameterCount + (Regression is null ? 0 : 2);

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        if (features.Length != Weights.Inputs)
        {
            throw new ArgumentException($"The network takes {Weights.Inputs} features; the row has {features.Length}.", nameof(features));
        }

        var layers = Weights.Layers;
        var input = features;
        for (var l = 0; l < layers.Count; l++)
        {
            var layer = layers[l];
            var result = _activations[l].AsSpan();
            var weights = layer.Weights.AsSpan();
            var width = layer.Inputs;
            for (var j = 0; j < result.Length; j++)
            {
                result[j] = TensorPrimitives.Dot(weights.Slice(j * width, width), input);
            }

            TensorPrimitives.Add(result, layer.Biases, result);
            if (l < layers.Count - 1)
            {
                TensorPrimitives.Max(result, 0f, result);
            }

            input = result;
        }

        if (Regression is { } scale)
        {
            output[0] = (input[0] * scale.Scale) + scale.Mean;
        }
        else
        {
            TensorPrimitives.SoftMax(input, output[..Weights.Outputs]);
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, NeuralNetworkTechnique.TechniqueId, FormatVersion);
        writer.Write(Regression is not null);
        writer.Write(Regression?.Mean ?? 0f);
        writer.Write(Regression?.Scale ?? 1f);
        Weights.Write(writer);
    }

    public static MlpModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, NeuralNetworkTechnique.TechniqueId, FormatVersion);
        var regression = reader.ReadBoolean();
        var mean = reader.ReadSingle();
        var scale = reader.ReadSingle();
        return new MlpModel(MlpWeights.Read(reader), regression ? new TargetScale(mean, scale) : null);
    }

    public void Dispose()
    {
        // Only managed memory: the native tensors were released when training ended.
    }
}
