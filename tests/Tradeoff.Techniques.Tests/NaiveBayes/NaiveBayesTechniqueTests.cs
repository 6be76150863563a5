using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.NaiveBayes;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.NaiveBayes;

public sealed class NaiveBayesTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new NaiveBayesTechnique();

    protected override bool FitsSubsetsInPlace => true;

    [Fact]
    public void Should_give_the_posterior_of_Witten_and_Frank_When_not_smoothed()
    {
        // Given the weather data and no Laplace smoothing
        var data = QuinlanWeather.Nominal();
        using var model = new NaiveBayesTechnique(alpha: 0).Fit(data, FitContext.Default);
        var output = new float[2];

        // When the new day sunny, cool, high, windy is classified
        model.Predict(QuinlanWeather.Row("sunny", "cool", "high", "true"), output);

        // Then by hand: yes = 9/14 * 2/9 * 3/9 * 3/9 * 3/9 = 0.0053, no = 5/14 * 3/5 * 1/5 * 4/5 * 3/5 = 0.0206
        var yes = 9.0 / 14 * (2.0 / 9) * (3.0 / 9) * (3.0 / 9) * (3.0 / 9);
        var no = 5.0 / 14 * (3.0 / 5) * (1.0 / 5) * (4.0 / 5) * (3.0 / 5);
        Assert.Equal(0.205, yes / (yes + no), 3);
        Assert.Equal(yes / (yes + no), output[0], 5);
        Assert.Equal(no / (yes + no), output[1], 5);
    }

    [Fact]
    public void Should_smooth_level_frequencies_by_alpha_When_alpha_is_one()
    {
        var data = QuinlanWeather.Nominal();
        using var model = FitFeaturized(data);
        var output = new float[2];

        model.Predict(QuinlanWeather.Row("sunny", "cool", "high", "true"), output);

        // (count + 1) / (class rows + levels); the priors are not smoothed
        var yes = 9.0 / 14 * (3.0 / 12) * (4.0 / 12) * (4.0 / 11) * (4.0 / 11);
        var no = 5.0 / 14 * (4.0 / 8) * (2.0 / 8) * (5.0 / 7) * (4.0 / 7);
        Assert.Equal(yes / (yes + no), output[0], 5);
    }

    [Fact]
    public void Should_give_the_Gaussian_posterior_computed_by_hand()
    {
        // Given class a at 1, 2, 3 (mean 2, variance 2/3) and class b at 5, 7 (mean 6, variance 1)
        var x = ToyData.Numeric("x", [1, 2, 3, 5, 7]);
        var y = ToyData.Nominal("y", [0, 0, 0, 1, 1], "a", "b");
        var data = new Dataset("toy", [x], y, TaskKind.BinaryClassification);
        using var model = new NaiveBayesTechnique().Fit(data, FitContext.Default);
        var output = new float[2];

        // When x = 4 is classified
        model.Predict([4f], output);

        // Then by hand, with the floor 1e-9 x 4.64 (the variance of all five values)
        var floor = 1e-9 * 4.64;
        var a = 3.0 / 5 * Normal(4, 2, (2.0 / 3) + floor);
        var b = 2.0 / 5 * Normal(4, 6, 1 + floor);
        Assert.Equal(a / (a + b), output[0], 5);
    }

    [Fact]
    public void Should_leave_a_missing_feature_out_When_predicting()
    {
        // Given the multiclass toy set, and a model of its second feature alone
        var data = ToyData.Multiclass();
        using var full = new NaiveBayesTechnique().Fit(data, FitContext.Default);
        using var second = new NaiveBayesTechnique().Fit(data.WithFeatures([data.Features[1]]), FitContext.Default);
        var withMissing = new float[3];
        var alone = new float[3];

        // When the other features are missing
        full.Predict([float.NaN, 3.5f, float.NaN], withMissing);
        second.Predict([3.5f], alone);

        // Then the posterior is the one of the second feature alone
        Assert.Equal(alone, withMissing, (p, q) => Math.Abs(p - q) < 1e-5);
    }

    [Fact]
    public void Should_equal_a_fit_on_all_rows_When_updated_with_new_rows()
    {
        // Given the multiclass toy set split in a first part and new rows, with missing values in both
        var data = ToyData.Multiclass();
        data.Features[0].Values[3] = float.NaN;
        data.Features[2].Values[100] = float.NaN;
        var first = data.Subset(Enumerable.Range(0, 40).ToArray());
        var later = data.Subset(Enumerable.Range(40, data.RowCount - 40).ToArray());
        var technique = new NaiveBayesTechnique();

        // When a model of the first part is updated with the new rows
        using var batch = technique.Fit(data, FitContext.Default);
        using var initial = technique.Fit(first, FitContext.Default);
        using var updated = technique.Update(initial, later, FitContext.Default);

        // Then it predicts as the model fitted on all rows, and the first model is unchanged
        Assert.Equal(Predictions(batch, data), Predictions(updated, data), (p, q) => Math.Abs(p - q) < 1e-5);
        Assert.Equal(batch.ParameterCount, updated.ParameterCount);
        Assert.NotEqual(Predictions(batch, data), Predictions(initial, data));
    }

    [Fact]
    public void Should_update_behind_the_shared_featurization_as_the_protocol_does()
    {
        var data = ToyData.Multiclass();
        var technique = (IIncrementalTechnique)FeaturizedTechnique.Wrap(new NaiveBayesTechnique());

        using var batch = technique.Fit(data, FitContext.Default);
        using var initial = technique.Fit(data.Subset(Enumerable.Range(0, 60).ToArray()), FitContext.Default);
        using var updated = technique.Update(initial, data.Subset(Enumerable.Range(60, 90).ToArray()), FitContext.Default);

        Assert.Equal(Predictions(batch, data), Predictions(updated, data), (p, q) => Math.Abs(p - q) < 1e-5);
    }

    [Fact]
    public void Should_read_its_settings_from_the_study()
    {
        var settings = new TechniqueSettings("nb", new Dictionary<string, string> { ["alpha"] = "0.5", ["var-smoothing"] = "1e-6" });

        var technique = (NaiveBayesTechnique)NaiveBayesTechnique.Descriptor.CreateChecked(settings);

        Assert.Equal(0.5, technique.Alpha);
        Assert.Equal(1e-6, technique.VarSmoothing);
        Assert.Contains(OwnTechniques.All, d => d.Id == "naive-bayes");
    }

    [Fact]
    public void Should_explain_priors_moments_and_level_probabilities()
    {
        var nominal = (IExplainableModel)new NaiveBayesTechnique().Fit(QuinlanWeather.Nominal(), FitContext.Default);
        var x = ToyData.Numeric("x", [1, 2, 3, 5, 7]);
        var y = ToyData.Nominal("y", [0, 0, 0, 1, 1], "a", "b");
        var numeric = (IExplainableModel)new NaiveBayesTechnique().Fit(new Dataset("toy", [x], y, TaskKind.BinaryClassification), FitContext.Default);

        var text = nominal.Explain();

        Assert.Contains("class yes: prior 0.6429 (9 rows)", text, StringComparison.Ordinal);
        Assert.Contains("  outlook: sunny 0.2500, overcast 0.4167, rainy 0.3333", text, StringComparison.Ordinal);
        Assert.Contains("  x: mean 6, stddev 1", numeric.Explain(), StringComparison.Ordinal);
        Assert.Equal(2, nominal.Complexity["classes"]);
    }

    [Fact]
    public void Should_learn_the_separable_toy_set_better_than_the_baseline()
    {
        var data = ToyData.Multiclass();
        using var model = FitFeaturized(data);
        Assert.True(Accuracy(model, data) > 0.95, "Gaussian blobs are naive Bayes' home ground");
    }

    private static double Normal(double x, double mean, double variance) =>
        Math.Exp(-((x - mean) * (x - mean)) / (2 * variance)) / Math.Sqrt(2 * Math.PI * variance);

    [Fact]
    public void Should_count_the_parameters_of_a_small_model_by_hand()
    {
        // Given 2 classes, one numeric feature and one nominal feature of 3 levels
        var x = ToyData.Numeric("x", [1, 2, 3, 5, 7, 8]);
        var colour = ToyData.Nominal("colour", [0, 1, 0, 2, 2, 1], "red", "green", "blue");
        var data = new Dataset("toy", [x, colour], ToyData.Nominal("y", [0, 0, 0, 1, 1, 1], "a", "b"), TaskKind.BinaryClassification);

        // When naive Bayes learns it
        using var model = new NaiveBayesTechnique().Fit(data, FitContext.Default);

        // Then by hand: 2 class priors; per class, the numeric feature's mean and variance (2 x 2 = 4); per class,
        // one frequency per colour level (2 x 3 = 6): 2 + 4 + 6 = 12
        Assert.Equal(12, model.ParameterCount);
    }
}
