using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// A trained convolutional network. As the perceptron, it predicts in managed code over the weights copied out of
/// libtorch: each block gathers the image's patches and takes SIMD dot products with its filters, then pools; the
/// dense head is a <see cref="MlpModel"/>. No native call and no allocation per row.
/// </summary>
internal sealed class ConvModel : IModel
{
    private const int FormatVersion = 1;

    // Reused by Predict: a model is not used from two threads at once.
    private readonly float[] _pixels;
    private readonly float[] _patches;
    private readonly float[] _convolved;
    private readonly float[][] _maps;
    private readonly MlpModel _head;

    public ConvModel(ConvWeights weights, TargetScale pixelScale, IReadOnlyList<double>? trainingLosses = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Weights = weights;
        PixelScale = pixelScale;
        TrainingLosses = trainingLosses ?? [];
        _head = new MlpModel(weights.Head, regression: null);
        _pixels = new float[weights.Input.Pixels];
        var shape = weights.Input;
        var scratch = (Patches: 0, Convolved: 0);
        _maps = new float[weights.Blocks.Count][];
        for (var b = 0; b < weights.Blocks.Count; b++)
        {
            var (patches, convolved) = weights.Blocks[b].Scratch(shape);
            scratch = (Math.Max(scratch.Patches, patches), Math.Max(scratch.Convolved, convolved));
            shape = shape.AfterBlock(weights.Blocks[b].OutChannels, weights.Blocks[b].Kernel);
            _maps[b] = new float[shape.Pixels];
        }

        _patches = new float[scratch.Patches];
        _convolved = new float[scratch.Convolved];
    }

    public ConvWeights Weights { get; }

    /// <summary>The one mean and scale that standardized every pixel for training (images keep their contrast).</summary>
    public TargetScale PixelScale { get; }

    /// <summary>The mean training loss of each epoch of the fit that made this model.</summary>
    public IReadOnlyList<double> TrainingLosses { get; }

    public int OutputLength => Weights.Head.Outputs;

    /// <summary>Filters, dense weights and biases, plus the pixels' mean and scale.</summary>
    public long ParameterCount => Weights.ParameterCount + 2;

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        if (features.Length != _pixels.Length)
        {
            throw new ArgumentException($"The network takes images of {Weights.Input} ({_pixels.Length} features); the row has {features.Length}.", nameof(features));
        }

        for (var i = 0; i < _pixels.Length; i++)
        {
            _pixels[i] = (features[i] - PixelScale.Mean) / PixelScale.Scale;
        }

        ReadOnlySpan<float> input = _pixels;
        var shape = Weights.Input;
        for (var b = 0; b < Weights.Blocks.Count; b++)
        {
            var block = Weights.Blocks[b];
            block.Apply(input, shape, _patches, _convolved, _maps[b]);
            shape = shape.AfterBlock(block.OutChannels, block.Kernel);
            input = _maps[b];
        }

        _head.Predict(input, output);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Write(writer, ConvolutionalNetworkTechnique.TechniqueId, FormatVersion);
        writer.Write(PixelScale.Mean);
        writer.Write(PixelScale.Scale);
        Weights.Write(writer);
    }

    public static ConvModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelHeader.Read(reader, ConvolutionalNetworkTechnique.TechniqueId, FormatVersion);
        var scale = new TargetScale(reader.ReadSingle(), reader.ReadSingle());
        return new ConvModel(ConvWeights.Read(reader), scale);
    }

    public void Dispose()
    {
        // Only managed memory: the native tensors were released when training ended.
    }
}
