using System.Numerics.Tensors;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// One block of the convolutional network: a square convolution that keeps the image size (zero padding of
/// kernel / 2), ReLU, then 2x2 max pooling. Its filters are a dense layer over each kernel x kernel patch of all input
/// channels, laid out as torch's <c>Conv2d</c> weights [out, in, kernel, kernel].
/// </summary>
internal sealed class ConvLayer
{
    public ConvLayer(int kernel, MlpLayer filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (kernel < 1 || filters.Inputs % (kernel * kernel) != 0)
        {
            throw new ArgumentException($"Filters of {filters.Inputs} inputs are not whole {kernel}x{kernel} patches.", nameof(filters));
        }

        Kernel = kernel;
        Filters = filters;
    }

    public int Kernel { get; }

    /// <summary>[out channels, in channels x kernel x kernel], row-major, and one bias per output channel.</summary>
    public MlpLayer Filters { get; }

    public int InChannels => Filters.Inputs / (Kernel * Kernel);

    public int OutChannels => Filters.Outputs;

    public long ParameterCount => Filters.ParameterCount;

    /// <summary>A block initialized from a seeded generator, the fan-in being one patch (see <see cref="MlpLayer.Initialize"/>).</summary>
    public static ConvLayer Initialize(int inChannels, int outChannels, int kernel, Random random) =>
        new(kernel, MlpLayer.Initialize(inChannels * kernel * kernel, outChannels, random));

    /// <summary>Sizes of the buffers <see cref="Apply"/> needs for an input of <paramref name="shape"/>: patches, convolved.</summary>
    public (int Patches, int Convolved) Scratch(ImageShape shape)
    {
        var (height, width) = Convolved(shape);
        return (height * width * Filters.Inputs, OutChannels * height * width);
    }

    /// <summary>
    /// The block on one image of <paramref name="shape"/> (channel-major) into <paramref name="output"/>, shaped as
    /// <see cref="ImageShape.AfterBlock"/>; the scratch buffers are sized by <see cref="Scratch"/>.
    /// </summary>
    public void Apply(ReadOnlySpan<float> input, ImageShape shape, Span<float> patches, Span<float> convolved, Span<float> output)
    {
        var (height, width) = Convolved(shape);
        Gather(input, shape, height, width, patches);
        var positions = height * width;
        var patch = Filters.Inputs;
        var weights = Filters.Weights.AsSpan();
        for (var o = 0; o < OutChannels; o++)
        {
            var filter = weights.Slice(o * patch, patch);
            var bias = Filters.Biases[o];
            var plane = convolved.Slice(o * positions, positions);
            for (var p = 0; p < positions; p++)
            {
                plane[p] = TensorPrimitives.Dot(filter, patches.Slice(p * patch, patch)) + bias;
            }
        }

        // ReLU commutes with the maximum, so it is applied once per pooled value.
        var pooledHeight = height / 2;
        var pooledWidth = width / 2;
        for (var o = 0; o < OutChannels; o++)
        {
            var plane = convolved.Slice(o * positions, positions);
            for (var y = 0; y < pooledHeight; y++)
            {
                for (var x = 0; x < pooledWidth; x++)
                {
                    var top = (2 * y * width) + (2 * x);
                    var max = Math.Max(Math.Max(plane[top], plane[top + 1]), Math.Max(plane[top + width], plane[top + width + 1]));
                    output[(o * pooledHeight * pooledWidth) + (y * pooledWidth) + x] = Math.Max(max, 0f);
                }
            }
        }
    }

    private (int Height, int Width) Convolved(ImageShape shape)
    {
        var grow = (2 * (Kernel / 2)) - Kernel + 1;
        return (shape.Height + grow, shape.Width + grow);
    }

    // im2col: one row per output position, in the filters' order (channel, kernel row, kernel column); zero outside.
    private void Gather(ReadOnlySpan<float> input, ImageShape shape, int height, int width, Span<float> patches)
    {
        var padding = Kernel / 2;
        var plane = shape.Height * shape.Width;
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < shape.Channels; c++)
                {
                    for (var ky = 0; ky < Kernel; ky++)
                    {
                        var iy = y + ky - padding;
                        for (var kx = 0; kx < Kernel; kx++)
                        {
                            var ix = x + kx - padding;
                            var inside = iy >= 0 && iy < shape.Height && ix >= 0 && ix < shape.Width;
                            patches[i++] = inside ? input[(c * plane) + (iy * shape.Width) + ix] : 0f;
                        }
                    }
                }
            }
        }
    }
}
