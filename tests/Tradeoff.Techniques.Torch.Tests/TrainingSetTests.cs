using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Torch.Tests;

public sealed class TrainingSetTests
{
    /// <summary>A feature of 256 values, one of 300 (so kept as floats), and an indicator: coded and plain features together.</summary>
    private static Dataset Mixed()
    {
        const int rows = 600;
        var pixels = new float[rows];
        var fine = new float[rows];
        var indicator = new float[rows];
        var target = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            pixels[r] = ((r * 37) % 256 / 255f) - 0.3f;
            fine[r] = (r % 300) * 0.1f;
            indicator[r] = r % 3 == 0 ? 1 : 0;
            target[r] = (r + (r / 7)) % 2;
        }

        return new Dataset("mixed", [ToyData.Numeric("pixel", pixels), ToyData.Numeric("fine", fine), ToyData.Numeric("indicator", indicator)], ToyData.Nominal("y", target, "a", "b"), TaskKind.BinaryClassification);
    }

    [Fact]
    public void A_network_trains_to_the_same_weights_from_coded_rows_as_from_floats()
    {
        // Given the mixed features standardized, as the network receives them
        var data = Featurizer.Fit(Mixed(), FeaturizationPlan.For(NeuralNetworkTechnique.Descriptor.Capabilities)).Transform(Mixed());
        var settings = new NeuralNetworkSettings { Hidden = [6], Epochs = 8, BatchSize = 32, EarlyStopping = true, Patience = 20 };
        var start = MlpWeights.Initialize(3, [6], 2, seed: 4);

        // When trained from coded rows and from plain floats
        var coded = new MlpTrainer(settings, new FitContext { Seed = 4, Threads = 1 }).Train(start, TrainingSet.From(data, scale: null), settings.Epochs);
        var plain = new MlpTrainer(settings, new FitContext { Seed = 4, Threads = 1 }).Train(start, TrainingSet.From(data, scale: null, maxCodes: 0), settings.Epochs);

        // Then the weights and losses are the same, bit for bit
        Assert.Equal(plain.Losses, coded.Losses);
        Assert.Equal(plain.Weights.Layers.SelectMany(l => l.Weights.Concat(l.Biases)), coded.Weights.Layers.SelectMany(l => l.Weights.Concat(l.Biases)));
    }

    [Fact]
    public void A_value_that_is_not_finite_is_an_input_error_naming_the_data()
    {
        var data = new Dataset("gaps.csv", [ToyData.Numeric("x", [1, float.NaN, 2])], ToyData.Nominal("y", [0, 1, 0], "a", "b"), TaskKind.BinaryClassification);

        var error = Assert.Throws<InputException>(() => TrainingSet.From(data, scale: null));

        Assert.StartsWith("gaps.csv: the neural network needs finite feature values", error.Message, StringComparison.Ordinal);
    }
}
