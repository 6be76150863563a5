using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.MLNet.Tests;

public sealed class LinearRegressionTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new LinearRegressionTechnique();

    protected override bool FitsSubsetsInPlace => true;

    [Fact]
    public void Should_fit_the_line_closely_When_the_data_are_linear_with_little_noise()
    {
        // Given y = 3 x0 - 2 x1 + 1 with noise of standard deviation 0.05
        var data = ToyData.Regression();

        // When fitted
        using var model = FitFeaturized(data);

        // Then the error is about the noise
        var predictions = Predictions(model, data);
        var rmse = Math.Sqrt(predictions.Select((p, r) => Math.Pow(p - data.Target.Values[r], 2)).Average());
        Assert.True(rmse < 0.1, $"rmse {rmse}");
    }

    [Fact]
    public void Should_predict_what_the_MLNet_prediction_engine_predicts()
    {
        var data = ToyData.Regression();
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(LinearRegressionTechnique.Descriptor.Capabilities)).Transform(data);
        using var model = (LinearModel)CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        var own = Predictions(model, featurized);
        var engine = EnginePredictions.Of(model, featurized);

        for (var i = 0; i < own.Length; i++)
        {
            Assert.Equal(engine[i], own[i], 1e-4);
        }
    }

    [Fact]
    public void Should_name_the_features_and_count_the_coefficients_When_explained()
    {
        var data = ToyData.Regression();
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(LinearRegressionTechnique.Descriptor.Capabilities)).Transform(data);
        using var model = (LinearModel)CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        var text = model.Explain();

        // x0 has the larger effect (3 against -2 per unit, on equal ranges), so it comes first.
        Assert.True(text.IndexOf("x0", StringComparison.Ordinal) < text.IndexOf("x1", StringComparison.Ordinal), text);
        Assert.Matches(@"-\d+\.\d+  x1", text);
        Assert.Equal(2.0, model.Complexity["nonzero-coefficients"]);
    }

    [Fact]
    public void Should_count_its_coefficients_and_intercept_by_hand()
    {
        // Given y = 3 x0 - 2 x1 + 1 behind the shared featurization (whose means and scales are not counted)
        using var model = FitFeaturized(ToyData.Regression());

        // Then by hand: one coefficient per feature and the intercept, 2 + 1 = 3
        Assert.Equal(3, model.ParameterCount);
    }
}
