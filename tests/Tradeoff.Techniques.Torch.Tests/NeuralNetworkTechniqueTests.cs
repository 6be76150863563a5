using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch.Tests;

public sealed class NeuralNetworkTechniqueTests : TechniqueContract
{
    // Small and short so the whole contract runs in well under a second per test.
    private static readonly NeuralNetworkSettings Small = new() { Hidden = [16], Epochs = 30, BatchSize = 16, LearningRate = 0.01 };

    protected override ITechnique CreateTechnique() => new NeuralNetworkTechnique(Small);

    protected override bool FitsSubsetsInPlace => true;

    [Fact]
    public void The_native_library_loads_here()
    {
        var reason = NeuralNetworkTechnique.Descriptor.CheckAvailability();

        Assert.True(reason is null, reason);
        Assert.Null(TorchTechniques.All.Single(d => d.Id == "neural-network").CheckAvailability());
    }

    [Fact]
    public void Should_have_266610_parameters_When_784_300_100_10_like_the_lecture()
    {
        var weights = MlpWeights.Initialize(784, [300, 100], 10, seed: 1);

        // What torch itself counts for the same layers.
        long torchCount = 0;
        foreach (var layer in weights.Layers)
        {
            using var linear = nn.Linear(layer.Inputs, layer.Outputs);
            torchCount += linear.parameters().Sum(p => p.numel());
        }

        Assert.Equal(266_610, weights.ParameterCount);
        Assert.Equal(266_610, torchCount);
        Assert.Equal("784-300-100-10", weights.Shape);
    }

    [Fact]
    public void Should_lower_the_training_loss_When_training_a_few_epochs()
    {
        var technique = new NeuralNetworkTechnique(Small with { Epochs = 5 });

        using var model = (MlpModel)technique.Fit(Standardized(ToyData.Multiclass()), new FitContext { Seed = 3, Threads = 1 });

        Assert.Equal(5, model.TrainingLosses.Count);
        Assert.True(model.TrainingLosses[^1] < model.TrainingLosses[0] * 0.8, string.Join(", ", model.TrainingLosses));
    }

    [Fact]
    public void Should_beat_the_baseline_When_the_classes_are_separable()
    {
        var data = ToyData.Binary();

        using var model = FitFeaturized(data);

        Assert.True(Accuracy(model, data) >= 0.95, $"accuracy {Accuracy(model, data)}");
    }

    [Fact]
    public void Should_follow_a_linear_target_When_regressing()
    {
        var data = ToyData.Regression();

        using var model = FitFeaturized(data);

        var predictions = Predictions(model, data);
        var rmse = Math.Sqrt(predictions.Select((p, i) => Math.Pow(p - data.Target.Values[i], 2)).Average());
        var std = Math.Sqrt(data.Target.Values.Select(v => Math.Pow(v - data.Target.Values.Average(), 2)).Average());
        Assert.True(rmse < 0.2 * std, $"rmse {rmse}, target std {std}");
    }

    [Fact]
    public void Should_continue_training_When_updated_with_new_rows()
    {
        var technique = (IIncrementalTechnique)FeaturizedTechnique.Wrap(new NeuralNetworkTechnique(Small with { Epochs = 2, UpdateEpochs = 20 }));
        var context = new FitContext { Seed = 1, Threads = 1 };
        var data = ToyData.Binary(rows: 200);
        using var first = technique.Fit(data, context);

        using var updated = technique.Update(first, ToyData.Binary(rows: 200, seed: 9), context);

        Assert.Equal(first.ParameterCount, updated.ParameterCount);
        Assert.True(Accuracy(updated, data) > Accuracy(first, data), $"{Accuracy(first, data)} then {Accuracy(updated, data)}");
        Assert.True(Accuracy(updated, data) >= 0.9);
    }

    [Fact]
    public void Should_stop_before_the_last_epoch_When_the_validation_loss_stops_falling()
    {
        // Random labels: nothing generalizes, so the validation loss soon rises.
        var random = new Random(5);
        var x = Enumerable.Range(0, 200).Select(_ => (float)random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, 200).Select(_ => (float)random.Next(2)).ToArray();
        var data = new Dataset("noise", [ToyData.Numeric("x", x)], ToyData.Nominal("y", y, "a", "b"), TaskKind.BinaryClassification);
        var technique = new NeuralNetworkTechnique(Small with { Hidden = [64], Epochs = 200, EarlyStopping = true, Patience = 2, LearningRate = 0.05 });

        using var model = (MlpModel)technique.Fit(data, new FitContext { Seed = 2, Threads = 1 });

        Assert.InRange(model.TrainingLosses.Count, 3, 199);
    }

    [Fact]
    public void Should_refuse_an_invalid_setting_with_its_name()
    {
        var settings = new TechniqueSettings("net", new Dictionary<string, string> { ["hidden"] = "[300, 0]" });

        var error = Assert.Throws<InputException>(() => NeuralNetworkTechnique.Descriptor.CreateChecked(settings));

        Assert.Contains("'hidden'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_every_documented_setting()
    {
        var values = new Dictionary<string, string>
        {
            ["hidden"] = "[8, 4]", ["epochs"] = "2", ["batch-size"] = "32", ["learning-rate"] = "0.01", ["early-stopping"] = "true",
            ["validation-fraction"] = "0.2", ["patience"] = "5", ["update-epochs"] = "7",
        };

        var settings = NeuralNetworkSettings.From(new TechniqueSettings("net", values));

        Assert.Equal(new NeuralNetworkSettings
        {
            Hidden = settings.Hidden, Epochs = 2, BatchSize = 32, LearningRate = 0.01, EarlyStopping = true, ValidationFraction = 0.2,
            Patience = 5, UpdateEpochs = 7,
        }, settings);
        Assert.Equal([8, 4], settings.Hidden);
        Assert.Equal(values.Keys.Order(StringComparer.Ordinal), NeuralNetworkSettings.Declared.Select(h => h.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_state_scikit_learn_like_settings_for_small_data_and_the_fixed_ones_for_large_data()
    {
        // Given the defaults, as a study that sets none of them creates the network
        var technique = NeuralNetworkTechnique.Descriptor.CreateChecked(TechniqueSettings.Defaults("net"));

        // When it states its settings for 150 and for 20,000 training rows
        var small = technique.AdaptedSettings(ToyData.Multiclass(rows: 150));
        var large = technique.AdaptedSettings(ToyData.Binary(rows: 20_000));

        // Then small data trains longer in full batches (without early stopping: 15 validation rows are too few);
        // large data keeps Fashion-MNIST's settings
        Assert.Equal(
            new Dictionary<string, string> { ["epochs"] = "200", ["batch-size"] = "150", ["learning-rate"] = "0.003", ["early-stopping"] = "false", ["patience"] = "10" },
            small);
        Assert.Equal(
            new Dictionary<string, string> { ["epochs"] = "15", ["batch-size"] = "128", ["learning-rate"] = "0.001", ["early-stopping"] = "false", ["patience"] = "3" },
            large);
    }

    [Fact]
    public void Should_keep_the_study_s_value_When_it_sets_an_adaptive_setting()
    {
        // Given a study that sets the epochs and the batch size, and leaves the rest
        var settings = NeuralNetworkSettings.From(new TechniqueSettings("net", new Dictionary<string, string> { ["epochs"] = "7", ["batch-size"] = "16" }));

        // When the settings are resolved for 300 training rows (30 validation rows: early stopping adapts to on)
        var resolved = settings.ResolvedFor(300);

        // Then the study's values win, the others adapt, and only those are stated
        Assert.Equal((7, 16, 0.003, true, 10), (resolved.Epochs, resolved.BatchSize, resolved.LearningRate, resolved.EarlyStopping, resolved.Patience));
        Assert.Equal(["early-stopping", "learning-rate", "patience"], settings.AdaptedFor(300).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_train_past_the_fixed_15_epochs_When_the_data_are_small()
    {
        // Given a small network whose epochs, batch and stopping are left to adapt, on 60 rows
        var settings = NeuralNetworkSettings.From(new TechniqueSettings("net", new Dictionary<string, string> { ["hidden"] = "[8]" }));
        var data = Featurizer.Fit(ToyData.Binary(rows: 60), FeaturizationPlan.For(NeuralNetworkTechnique.Descriptor.Capabilities)).Transform(ToyData.Binary(rows: 60));

        // When it is fitted
        using var model = (MlpModel)new NeuralNetworkTechnique(settings).Fit(data, new FitContext { Seed = 5, Threads = 1 });

        // Then it ran more than the 15 epochs of large data, and at most the 200 of small data
        Assert.InRange(model.TrainingLosses.Count, 16, 200);
    }

    [Fact]
    public void Should_count_the_parameters_of_a_small_network_by_hand()
    {
        // Given 2 features and a hidden layer of 3 units, on 2 classes and on a regression target
        var technique = new NeuralNetworkTechnique(Small with { Hidden = [3], Epochs = 1 });

        // When it learns them behind the shared featurization (whose means and scales are not counted)
        using var classifier = FeaturizedTechnique.Wrap(technique).Fit(ToyData.Binary(rows: 20), new FitContext { Seed = 3, Threads = 1 });
        using var regressor = FeaturizedTechnique.Wrap(technique).Fit(ToyData.Regression(rows: 20), new FitContext { Seed = 3, Threads = 1 });

        // Then by hand. Classes: 2 x 3 weights + 3 biases into the hidden layer, 3 x 2 weights + 2 biases out of it:
        // 9 + 8 = 17. Regression: 9 + (3 x 1 + 1) = 13, plus the target's mean and scale the prediction reads to undo
        // the standardization it learned on: 15
        Assert.Equal(17, classifier.ParameterCount);
        Assert.Equal(15, regressor.ParameterCount);
    }

    private static Dataset Standardized(Dataset data) =>
        Featurizer.Fit(data, FeaturizationPlan.For(NeuralNetworkTechnique.Descriptor.Capabilities)).Transform(data);
}
