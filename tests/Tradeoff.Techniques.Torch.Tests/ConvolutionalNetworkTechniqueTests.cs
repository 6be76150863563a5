using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch.Tests;

public sealed class ConvolutionalNetworkTechniqueTests : TechniqueContract
{
    // Few channels and short training on 8x8 images, so the whole contract runs in seconds.
    private static readonly ConvolutionalNetworkSettings Small = new() { Channels = [4, 8], Dense = [16], Epochs = 15, BatchSize = 16, LearningRate = 0.01 };

    protected override ITechnique CreateTechnique() => new ConvolutionalNetworkTechnique(Small);

    protected override Dataset TinyData(string task) => task switch
    {
        "binary" => BarImages.Create(classes: 2, rows: 80, seed: 1),
        "multiclass" => BarImages.Create(classes: 3, rows: 90, seed: 2),
        _ => base.TinyData(task),
    };

    [Fact]
    public void Weights_stay_finite_when_the_memory_libtorch_freed_holds_NaN()
    {
        // Given 4 and 6 channels, which oneDNN pads to blocks of 8, and freed native memory full of NaN before each fit
        // (oneDNN read that padding: 5 fits in 10 ended with NaN weights)
        TorchRuntime.Prepare(1);
        var technique = new ConvolutionalNetworkTechnique(Small with { Channels = [4, 6], Dense = [8], Epochs = 2 });
        var data = BarImages.Create(classes: 2, rows: 180, seed: 5);
        var nan = 0;
        for (var fit = 0; fit < 10; fit++)
        {
            for (var bits = 10; bits < 22; bits++)
            {
                for (var copy = 0; copy < 4; copy++)
                {
                    using var garbage = full([1L << bits], float.NaN);
                }
            }

            // When fitted
            using var model = (ConvModel)technique.Fit(data, new FitContext { Seed = 7, Threads = 1 });
            nan += model.Weights.Blocks.Any(b => b.Filters.Weights.Any(float.IsNaN)) ? 1 : 0;
        }

        // Then no weight is NaN
        Assert.Equal(0, nan);
        Assert.False(TorchRuntime.OneDnnEnabled);
    }

    [Fact]
    public void Should_be_registered_with_the_other_torch_techniques()
    {
        var descriptor = TorchTechniques.All.Single(d => d.Id == "convolutional-network");

        Assert.Null(descriptor.CheckAvailability());
        Assert.Equal(TaskSets.Classification, descriptor.Capabilities.Tasks);
    }

    [Fact]
    public void Should_refuse_with_the_reason_When_the_features_are_not_a_square_grid_of_pixels()
    {
        // Given two numeric features, which no square image has
        var data = ToyData.Binary();

        // When the network is asked to fit them
        var error = Assert.Throws<InputException>(() => FitFeaturized(data));

        // Then it says why, and how to give a shape
        Assert.Contains("2 features are not a square grid of pixels", error.Message, StringComparison.Ordinal);
        Assert.Contains("'shape'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_declared_shape_When_it_does_not_make_the_feature_count()
    {
        // Given 8x8 images declared as 7x7
        var technique = new ConvolutionalNetworkTechnique(Small with { Shape = [7, 7] });

        // When it fits them
        var error = Assert.Throws<InputException>(() => technique.Fit(BarImages.Create(2, rows: 10, seed: 3), new FitContext { Seed = 1, Threads = 1 }));

        // Then the message names both counts
        Assert.Contains("[7, 7] makes 49 pixels per image, but the rows have 64 features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_images_When_the_blocks_would_pool_them_to_nothing()
    {
        // Given 2x2 images (4 features) and two blocks of pooling
        var data = new Dataset("tiny", [.. Enumerable.Range(0, 4).Select(i => ToyData.Numeric($"p{i}", [0f, 1f]))], ToyData.Nominal("y", [0f, 1f], "a", "b"), TaskKind.BinaryClassification);

        // When the network fits them
        var error = Assert.Throws<InputException>(() => new ConvolutionalNetworkTechnique(Small).Fit(data, new FitContext { Seed = 1, Threads = 1 }));

        // Then it says they are too small
        Assert.Contains("images of [2, 2] are too small for 2 blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_channels_first_When_the_shape_gives_three_sizes()
    {
        // Given the 64 pixels read as 4 channels of 4x4
        var technique = new ConvolutionalNetworkTechnique(Small with { Shape = [4, 4, 4], Epochs = 1 });

        // When it fits
        using var model = (ConvModel)technique.Fit(BarImages.Create(2, rows: 20, seed: 4), new FitContext { Seed = 1, Threads = 1 });

        // Then its first block reads 4 channels
        Assert.Equal(new ImageShape(4, 4, 4), model.Weights.Input);
        Assert.Equal(4, model.Weights.Blocks[0].InChannels);
    }

    [Fact]
    public void Should_tell_bars_from_crosses_When_trained_on_other_images()
    {
        // Given 300 training images of three shapes
        using var model = FitFeaturized(BarImages.Create(classes: 3, rows: 300, seed: 5));

        // When it predicts 90 images it has not seen
        var accuracy = Accuracy(model, BarImages.Create(classes: 3, rows: 90, seed: 6));

        // Then nearly all are right
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy}");
    }

    [Fact]
    public void Should_predict_as_libtorch_does_When_given_the_same_weights()
    {
        // Given a freshly initialized network on 9x9 images of 2 channels (odd sizes: pooling drops the last row)
        var shape = new ImageShape(2, 9, 9);
        var weights = ConvWeights.Initialize(shape, [3, 5], kernel: 3, dense: [7], outputs: 4, seed: 8);
        var scale = new TargetScale(0.3f, 0.5f);
        using var model = new ConvModel(weights, scale);
        var random = new Random(9);
        var image = Enumerable.Range(0, shape.Pixels).Select(_ => (float)random.NextDouble()).ToArray();

        // When the managed model and libtorch predict the same image
        var managed = new float[4];
        model.Predict(image, managed);
        using var scope = NewDisposeScope();
        var blocks = weights.Blocks.Select(ConvTrainer.ToConv).ToList();
        var head = weights.Head.Layers.Select(l =>
        {
            var linear = nn.Linear(l.Inputs, l.Outputs);
            using var noGrad = no_grad();
            linear.weight!.copy_(tensor(l.Weights, [l.Outputs, l.Inputs]));
            linear.bias!.copy_(tensor(l.Biases));
            return linear;
        }).ToList();
        var input = (tensor(image, [1, 2, 9, 9]) - scale.Mean) / scale.Scale;
        var expected = nn.functional.softmax(ConvTrainer.Forward(blocks, head, input), 1).data<float>().ToArray();

        // Then they agree
        for (var c = 0; c < 4; c++)
        {
            Assert.Equal(expected[c], managed[c], 5);
        }
    }

    [Fact]
    public void Should_count_the_parameters_of_a_small_network_by_hand()
    {
        // Given 8x8 grey images of 3 classes, blocks of 4 and 8 channels of 3x3 and a dense layer of 16
        var data = BarImages.Create(classes: 3, rows: 30, seed: 7);

        // When it learns them
        using var model = new ConvolutionalNetworkTechnique(Small with { Epochs = 1 }).Fit(data, new FitContext { Seed = 1, Threads = 1 });

        // Then by hand: 1 x 9 x 4 + 4 = 40; 4 x 9 x 8 + 8 = 296; 8x8 pooled twice is 2x2 of 8 channels, 32 x 16 + 16 = 528;
        // 16 x 3 + 3 = 51; plus the pixels' mean and scale: 917
        Assert.Equal(917, model.ParameterCount);
    }

    [Fact]
    public void Should_have_421644_parameters_When_the_defaults_read_28x28_images()
    {
        // Given the default network on Fashion-MNIST's images
        var defaults = new ConvolutionalNetworkSettings();
        var weights = ConvWeights.Initialize(new ImageShape(1, 28, 28), defaults.Channels, defaults.Kernel, defaults.Dense, outputs: 10, seed: 1);

        // When torch counts the same layers
        using var scope = NewDisposeScope();
        var torchCount = weights.Blocks.Sum(b => ConvTrainer.ToConv(b).parameters().Sum(p => p.numel()))
            + weights.Head.Layers.Sum(l => nn.Linear(l.Inputs, l.Outputs).parameters().Sum(p => p.numel()));

        // Then both agree, and the model adds the pixels' mean and scale
        Assert.Equal(421_642, torchCount);
        Assert.Equal(421_642, weights.ParameterCount);
        Assert.Equal("[28, 28] conv3x3 32, conv3x3 64, 3136-128-10", weights.Shape);
        using var model = new ConvModel(weights, new TargetScale(0, 1));
        Assert.Equal(421_644, model.ParameterCount);
    }

    [Fact]
    public void Should_read_every_documented_setting()
    {
        var values = new Dictionary<string, string>
        {
            ["shape"] = "[3, 32, 32]", ["channels"] = "[16, 32, 64]", ["kernel"] = "5", ["dense"] = "[256, 64]", ["epochs"] = "3",
            ["batch-size"] = "32", ["learning-rate"] = "0.01",
        };

        var settings = ConvolutionalNetworkSettings.From(new TechniqueSettings("cnn", values));

        Assert.Equal([3, 32, 32], settings.Shape);
        Assert.Equal([16, 32, 64], settings.Channels);
        Assert.Equal([256, 64], settings.Dense);
        Assert.Equal((5, 3, 32, 0.01), (settings.Kernel, settings.Epochs, settings.BatchSize, settings.LearningRate));
        Assert.Equal(values.Keys.Order(StringComparer.Ordinal), ConvolutionalNetworkSettings.Declared.Select(d => d.Name).Order(StringComparer.Ordinal));
    }
}
