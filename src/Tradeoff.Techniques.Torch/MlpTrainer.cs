using Tradeoff.Core.Techniques;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// Trains a perceptron with libtorch: Adam on mini-batches, cross-entropy on the logits (softmax output) or mean
/// squared error, optionally stopping early on a validation split. Starts from given weights, so the same code fits
/// a new model and continues training a trained one.
/// </summary>
/// <remarks>
/// Repeatable for a seed: the weights start from a seeded managed generator and the batches follow a seeded
/// shuffle, so no libtorch random generator is used. What libtorch does not promise: bit-identical sums across
/// different thread counts (its matrix products split work by thread), and its thread count is process-wide, so
/// fits on parallel threads with different counts disturb each other's timings.
/// </remarks>
internal sealed class MlpTrainer(NeuralNetworkSettings settings, FitContext context)
{
    public (MlpWeights Weights, List<double> Losses) Train(MlpWeights start, TrainingSet data, int epochs)
    {
        TorchRuntime.Prepare(context.Threads);
        var random = new Random(context.Seed);
        var order = new long[data.Rows];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        var validationRows = settings.EarlyStopping ? (int)Math.Round(data.Rows * settings.ValidationFraction) : 0;
        validationRows = data.Rows > 1 ? Math.Clamp(validationRows, settings.EarlyStopping ? 1 : 0, data.Rows - 1) : 0;
        var validation = order[..validationRows];
        var training = order[validationRows..];

        using var scope = NewDisposeScope();
        var layers = start.Layers.Select(ToLinear).ToList();
        var y = data.Classes is { } classes ? tensor(classes) : tensor(data.Targets!, [data.Rows, 1]);
        var validationX = data.Copy(validation, [validation.Length, data.Width]);
        var validationY = y.index_select(0, tensor(validation));
        var optimizer = new AdamOptimizer(layers.SelectMany(l => l.parameters()), settings.LearningRate);

        var losses = new List<double>();
        var best = (Loss: double.PositiveInfinity, Weights: start, Epoch: -1);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(training);
            losses.Add(MiniBatchEpoch.Run(
                optimizer, rows => data.Batch(rows, [rows.Length, data.Width]), y, training, settings.BatchSize, (input, target) => Loss(Forward(layers, input), target), context.CancellationToken));
            if (!settings.EarlyStopping)
            {
                continue;
            }

            var loss = Evaluate(layers, validationX, validationY);
            if (loss < best.Loss)
            {
                best = (loss, ToWeights(layers), epoch);
            }
            else if (epoch - best.Epoch >= settings.Patience)
            {
                break;
            }
        }

        var result = settings.EarlyStopping && best.Epoch >= 0 ? best.Weights : ToWeights(layers);
        foreach (var layer in layers)
        {
            layer.Dispose();
        }

        return (result, losses);
    }

    private static double Evaluate(List<Linear> layers, Tensor x, Tensor y)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return Loss(Forward(layers, x), y).item<float>();
    }

    private static Tensor Forward(List<Linear> layers, Tensor input)
    {
        var h = input;
        for (var l = 0; l < layers.Count; l++)
        {
            h = layers[l].forward(h);
            if (l < layers.Count - 1)
            {
                h = nn.functional.relu(h);
            }
        }

        return h;
    }

    private static Tensor Loss(Tensor output, Tensor target) =>
        target.dtype == ScalarType.Int64 ? nn.functional.cross_entropy(output, target) : nn.functional.mse_loss(output, target);

    private static Linear ToLinear(MlpLayer layer)
    {
        var linear = nn.Linear(layer.Inputs, layer.Outputs);
        using var noGrad = no_grad();
        using var weights = tensor(layer.Weights, [layer.Outputs, layer.Inputs]);
        using var biases = tensor(layer.Biases);
        linear.weight!.copy_(weights);
        linear.bias!.copy_(biases);
        return linear;
    }

    private static MlpWeights ToWeights(List<Linear> layers) =>
        new(layers.Select(l => new MlpLayer(
            (int)l.in_features,
            (int)l.out_features,
            l.weight!.data<float>().ToArray(),
            l.bias!.data<float>().ToArray())).ToList());
}
