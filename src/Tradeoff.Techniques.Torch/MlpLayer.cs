namespace Tradeoff.Techniques.Torch;

/// <summary>One fully connected layer in managed memory, laid out as torch's <c>Linear</c>: weights [outputs, inputs].</summary>
internal sealed class MlpLayer
{
    public MlpLayer(int inputs, int outputs, float[] weights, float[] biases)
    {
        if (weights.Length != (long)inputs * outputs || biases.Length != outputs)
        {
            throw new ArgumentException($"A {inputs}x{outputs} layer needs {(long)inputs * outputs} weights and {outputs} biases.", nameof(weights));
        }

        Inputs = inputs;
        Outputs = outputs;
        Weights = weights;
        Biases = biases;
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Row-major [outputs, inputs]: the weights of output unit j are <c>Weights[j*Inputs .. (j+1)*Inputs)</c>.</summary>
    public float[] Weights { get; }

    public float[] Biases { get; }

    public long ParameterCount => Weights.LongLength + Biases.LongLength;

    /// <summary>
    /// A layer initialized as Keras's Dense and scikit-learn's MLP do (Glorot uniform weights; Keras's zero biases),
    /// from a seeded generator rather than libtorch's process-wide one, so fits on parallel threads stay repeatable.
    /// </summary>
    public static MlpLayer Initialize(int inputs, int outputs, Random random)
    {
        var bound = Math.Sqrt(6.0 / (inputs + outputs));
        var weights = new float[(long)inputs * outputs];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(((2 * random.NextDouble()) - 1) * bound);
        }

        return new MlpLayer(inputs, outputs, weights, new float[outputs]);
    }
}
