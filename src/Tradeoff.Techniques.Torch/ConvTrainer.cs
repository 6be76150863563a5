using Tradeoff.Core.Techniques;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// Trains a convolutional network with libtorch: cross-entropy on the logits, Adam on shuffled mini-batches, for a
/// fixed number of epochs. Repeatable for a seed and a thread count as <see cref="MlpTrainer"/> is: seeded managed
/// initialization and shuffle, no libtorch random generator.
/// </summary>
internal sealed class ConvTrainer(ConvolutionalNetworkSettings settings, FitContext context)
{
    public (ConvWeights Weights, List<double> Losses) Train(ConvWeights start, TrainingSet data, TargetScale pixelScale)
    {
        TorchRuntime.Prepare(context.Threads);
        var random = new Random(context.Seed);
        var rows = Enumerable.Range(0, data.Rows).Select(i => (long)i).ToArray();

        using var scope = NewDisposeScope();
        var input = start.Input;
        var blocks = start.Blocks.Select(ToConv).ToList();
        var head = start.Head.Layers.Select(l => Filled(nn.Linear(l.Inputs, l.Outputs), l, [l.Outputs, l.Inputs])).ToList();
        // Numbers for libtorch are Scalars held for the call (see AdamOptimizer: one made on the fly can be freed mid-call).
        using Scalar mean = pixelScale.Mean;
        using Scalar scale = pixelScale.Scale;
        var y = tensor(data.Classes!);
        var parameters = blocks.SelectMany(b => b.parameters()).Concat(head.SelectMany(l => l.parameters()));
        var optimizer = new AdamOptimizer(parameters, settings.LearningRate);

        var losses = new List<double>();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(rows);
            losses.Add(MiniBatchEpoch.Run(
                optimizer, batch => data.Batch(batch, [batch.Length, input.Channels, input.Height, input.Width]).sub(mean).div(scale), y, rows, settings.BatchSize, (images, classes) => nn.functional.cross_entropy(Forward(blocks, head, images), classes), context.CancellationToken));
        }

        var blockWeights = blocks.Select((b, i) => new ConvLayer(start.Blocks[i].Kernel, ToLayer(b.weight!, b.bias!, start.Blocks[i].Filters))).ToList();
        var headWeights = head.Select((l, i) => ToLayer(l.weight!, l.bias!, start.Head.Layers[i])).ToList();
        foreach (var module in blocks.Cast<nn.Module>().Concat(head))
        {
            module.Dispose();
        }

        return (new ConvWeights(input, blockWeights, new MlpWeights(headWeights)), losses);
    }

    /// <summary>The network's logits for a batch of images [rows, channels, height, width]; the managed model computes the same.</summary>
    internal static Tensor Forward(List<Conv2d> blocks, List<Linear> head, Tensor images)
    {
        var h = images;
        foreach (var block in blocks)
        {
            h = nn.functional.max_pool2d(nn.functional.relu(block.forward(h)), 2);
        }

        h = h.flatten(1);
        for (var l = 0; l < head.Count; l++)
        {
            h = head[l].forward(h);
            if (l < head.Count - 1)
            {
                h = nn.functional.relu(h);
            }
        }

        return h;
    }

    internal static Conv2d ToConv(ConvLayer block) =>
        Filled(nn.Conv2d(block.InChannels, block.OutChannels, block.Kernel, padding: block.Kernel / 2), block.Filters, [block.OutChannels, block.InChannels, block.Kernel, block.Kernel]);

    private static T Filled<T>(T module, MlpLayer layer, long[] weightShape)
        where T : nn.Module<Tensor, Tensor>
    {
        using var noGrad = no_grad();
        using var weights = tensor(layer.Weights, weightShape);
        using var biases = tensor(layer.Biases);
        var parameters = module.named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        parameters["weight"].copy_(weights);
        parameters["bias"].copy_(biases);
        return module;
    }

    private static MlpLayer ToLayer(Tensor weight, Tensor bias, MlpLayer like) =>
        new(like.Inputs, like.Outputs, weight.data<float>().ToArray(), bias.data<float>().ToArray());
}
