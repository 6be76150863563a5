using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.MLNet.Tests;

public sealed class GradientBoostingTechniqueTests : TechniqueContract
{
    // Few rounds keep the contract tests short; the defaults are measured by the benchmark.
    protected override ITechnique CreateTechnique() =>
        GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gradient-boosting", new Dictionary<string, string>
        {
            ["iterations"] = "20",
            ["min-rows-per-leaf"] = "5",
        }));

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_beat_the_baseline_When_the_classes_are_separable(string task)
    {
        var data = task == "binary" ? ToyData.Binary() : ToyData.Multiclass();

        using var model = FitFeaturized(data);

        Assert.True(Accuracy(model, data) >= 0.9, $"accuracy {Accuracy(model, data)}");
    }

    [Fact]
    public void Should_follow_the_target_When_regressing()
    {
        var data = ToyData.Regression();

        using var model = FitFeaturized(data);

        var predictions = Predictions(model, data);
        var rmse = Math.Sqrt(predictions.Select((p, r) => Math.Pow(p - data.Target.Values[r], 2)).Average());
        var spread = Math.Sqrt(data.Target.Values.Select(v => Math.Pow(v - data.Target.Values.Average(), 2)).Average());
        Assert.True(rmse < 0.3 * spread, $"rmse {rmse}, spread {spread}");
    }

    [Fact]
    public void Should_count_one_tree_per_class_and_round_When_multiclass()
    {
        // Given 3 classes and 20 rounds: at most 60 trees of at most 31 leaves (61 nodes) each
        using var model = FitFeaturized(ToyData.Multiclass());

        Assert.InRange(model.ParameterCount, 60 * 3, 60 * 61);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    [InlineData("regression")]
    public void Should_predict_what_the_MLNet_prediction_engine_predicts(string task)
    {
        // Given a model fitted on featurized rows
        var data = task switch { "binary" => ToyData.Binary(), "multiclass" => ToyData.Multiclass(), _ => ToyData.Regression() };
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(GradientBoostingTechnique.Descriptor.Capabilities)).Transform(data);
        using var model = (BoostedTreesModel)CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        // When its flat trees and ML.NET's prediction engine predict every row
        var own = Predictions(model, featurized);
        var engine = EnginePredictions.Of(model, featurized);

        // Then they agree to float rounding
        for (var i = 0; i < own.Length; i++)
        {
            Assert.Equal(engine[i], own[i], 1e-5);
        }
    }

    [Fact]
    public void Should_reject_an_unknown_setting()
    {
        var settings = new TechniqueSettings("gb", new Dictionary<string, string> { ["trees"] = "5" });

        Assert.Throws<Tradeoff.Core.InputException>(() => GradientBoostingTechnique.Descriptor.CreateChecked(settings));
    }
}
