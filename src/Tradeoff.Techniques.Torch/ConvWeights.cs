using System.Globalization;

namespace Tradeoff.Techniques.Torch;

/// <summary>The convolution blocks and the dense head of a convolutional network, with their binary format.</summary>
internal sealed class ConvWeights
{
    public ConvWeights(ImageShape input, IReadOnlyList<ConvLayer> blocks, MlpWeights head)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(head);
        var shape = input;
        foreach (var block in blocks)
        {
            if (block.InChannels != shape.Channels)
            {
                throw new ArgumentException($"A block takes {block.InChannels} channels but receives {shape.Channels}.", nameof(blocks));
            }

            shape = shape.AfterBlock(block.OutChannels, block.Kernel);
        }

        if (shape.Height < 1 || shape.Width < 1 || head.Inputs != shape.Pixels)
        {
            throw new ArgumentException($"The blocks leave {shape.Pixels} values for a head of {head.Inputs} inputs.", nameof(head));
        }

        Input = input;
        Blocks = blocks;
        Head = head;
        Features = shape;
    }

    public ImageShape Input { get; }

    public IReadOnlyList<ConvLayer> Blocks { get; }

    /// <summary>The dense layers after the blocks (ReLU, then the output layer), reading the last block's maps flattened.</summary>
    public MlpWeights Head { get; }

    /// <summary>The shape of what the last block gives the head.</summary>
    public ImageShape Features { get; }

    public long ParameterCount => Blocks.Sum(b => b.ParameterCount) + Head.ParameterCount;

    /// <summary>The layers, e.g. <c>[28, 28] conv3x3 32, conv3x3 64, 3136-128-10</c>.</summary>
    public string Shape => Input + " " + string.Join(", ", Blocks.Select(b => string.Create(CultureInfo.InvariantCulture, $"conv{b.Kernel}x{b.Kernel} {b.OutChannels}")))
        + ", " + Head.Shape;

    /// <summary>
    /// A freshly initialized network from a seeded generator; <see cref="ArgumentException"/> when the blocks pool an
    /// image of <paramref name="input"/> down to nothing (<see cref="ImageShape.AfterBlock"/> tells beforehand).
    /// </summary>
    public static ConvWeights Initialize(ImageShape input, IReadOnlyList<int> channels, int kernel, IReadOnlyList<int> dense, int outputs, int seed)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var random = new Random(seed);
        var blocks = new List<ConvLayer>();
        var shape = input;
        foreach (var count in channels)
        {
            blocks.Add(ConvLayer.Initialize(shape.Channels, count, kernel, random));
            shape = shape.AfterBlock(count, kernel);
        }

        return new ConvWeights(input, blocks, MlpWeights.Initialize(shape.Pixels, dense, outputs, random.Next()));
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Input.Channels);
        writer.Write(Input.Height);
        writer.Write(Input.Width);
        writer.Write(Blocks.Count);
        foreach (var block in Blocks)
        {
            // A block's filters are a one-layer perceptron over patches: the same raw float format.
            writer.Write(block.Kernel);
            new MlpWeights([block.Filters]).Write(writer);
        }

        Head.Write(writer);
    }

    public static ConvWeights Read(BinaryReader reader)
    {
        var input = new ImageShape(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var count = reader.ReadInt32();
        if (input.Channels < 1 || input.Height < 1 || input.Width < 1 || count is < 0 or > 100)
        {
            throw new InvalidDataException($"A convolutional network model of input {input} with {count} blocks is not valid.");
        }

        var blocks = new ConvLayer[count];
        for (var b = 0; b < count; b++)
        {
            var kernel = reader.ReadInt32();
            var filters = MlpWeights.Read(reader);
            if (kernel < 1 || filters.Layers.Count != 1)
            {
                throw new InvalidDataException($"Block {b} of the convolutional network model is not valid.");
            }

            blocks[b] = new ConvLayer(kernel, filters.Layers[0]);
        }

        try
        {
            return new ConvWeights(input, blocks, MlpWeights.Read(reader));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The convolutional network model's layers do not fit together: " + e.Message, e);
        }
    }
}
