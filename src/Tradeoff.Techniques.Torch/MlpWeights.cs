using System.Runtime.InteropServices;

namespace Tradeoff.Techniques.Torch;

/// <summary>The layers of a multi-layer perceptron, input side first, with their binary format.</summary>
internal sealed class MlpWeights
{
    public MlpWeights(IReadOnlyList<MlpLayer> layers)
    {
        if (layers.Count == 0)
        {
            throw new ArgumentException("A network has at least one layer.", nameof(layers));
        }

        for (var l = 1; l < layers.Count; l++)
        {
            if (layers[l].Inputs != layers[l - 1].Outputs)
            {
                throw new ArgumentException($"Layer {l} takes {layers[l].Inputs} inputs but layer {l - 1} gives {layers[l - 1].Outputs}.", nameof(layers));
            }
        }

        Layers = layers;
    }

    public IReadOnlyList<MlpLayer> Layers { get; }

    public int Inputs => Layers[0].Inputs;

    public int Outputs => Layers[^1].Outputs;

    /// <summary>Every weight and bias: the sum of the parameter sizes torch reports (784-300-100-10 gives 266,610).</summary>
    public long ParameterCount => Layers.Sum(l => l.ParameterCount);

    /// <summary>The layer sizes, e.g. <c>784-300-100-10</c>.</summary>
    public string Shape => string.Join('-', Layers.Select(l => l.Inputs).Append(Outputs));

    /// <summary>A freshly initialized network of <paramref name="inputs"/>, the hidden sizes, then <paramref name="outputs"/>.</summary>
    public static MlpWeights Initialize(int inputs, IReadOnlyList<int> hidden, int outputs, int seed)
    {
        var random = new Random(seed);
        var sizes = hidden.Prepend(inputs).Append(outputs).ToArray();
        var layers = new MlpLayer[sizes.Length - 1];
        for (var l = 0; l < layers.Length; l++)
        {
            layers[l] = MlpLayer.Initialize(sizes[l], sizes[l + 1], random);
        }

        return new MlpWeights(layers);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Layers.Count);
        foreach (var layer in Layers)
        {
            writer.Write(layer.Inputs);
            writer.Write(layer.Outputs);
            // Raw little-endian floats: the model's megabyte is written in one call, not 266,610.
            writer.Write(MemoryMarshal.AsBytes(layer.Weights.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(layer.Biases.AsSpan()));
        }
    }

    public static MlpWeights Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 1 or > 1000)
        {
            throw new InvalidDataException($"A neural network model with {count} layers is not valid.");
        }

        var layers = new MlpLayer[count];
        for (var l = 0; l < count; l++)
        {
            var inputs = reader.ReadInt32();
            var outputs = reader.ReadInt32();
            if (inputs < 1 || outputs < 1 || (long)inputs * outputs > int.MaxValue)
            {
                throw new InvalidDataException($"Layer {l} of the neural network model has an invalid shape {inputs}x{outputs}.");
            }

            var weights = new float[inputs * outputs];
            var biases = new float[outputs];
            ReadFloats(reader, weights);
            ReadFloats(reader, biases);
            layers[l] = new MlpLayer(inputs, outputs, weights, biases);
        }

        return new MlpWeights(layers);
    }

    private static void ReadFloats(BinaryReader reader, float[] destination)
    {
        var bytes = MemoryMarshal.AsBytes(destination.AsSpan());
        var filled = 0;
        while (filled < bytes.Length)
        {
            var read = reader.Read(bytes[filled..]);
            if (read == 0)
            {
                throw new EndOfStreamException("The neural network model file ends inside its weights.");
            }

            filled += read;
        }
    }
}
