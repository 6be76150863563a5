using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.MLNet.Tests;

public sealed class LogisticRegressionTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new LogisticRegressionTechnique();

    protected override bool FitsSubsetsInPlace => true;

    [Fact]
    public void A_fit_reads_the_featurized_columns_without_making_their_arrays()
    {
        // Given standardized columns computed when read, as the shared featurization gives them
        var data = ToyData.Multiclass(rows: 77, seed: 91);
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(LogisticRegressionTechnique.Descriptor.Capabilities)).Transform(data);
        Assert.All(featurized.Features, c => Assert.False(c.HoldsValues));

        // When fitted
        using var model = CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        // Then no column made its array: the shared featurization keeps its copy for the next fit on the same rows, and
        // the arrays with it (188 MB on Fashion-MNIST, carried into the next technique's memory)
        Assert.All(featurized.Features, c => Assert.False(c.HoldsValues));
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_beat_the_baseline_When_the_classes_are_separable(string task)
    {
        // Given a separable toy set
        var data = task == "binary" ? ToyData.Binary() : ToyData.Multiclass();

        // When fitted
        using var model = FitFeaturized(data);

        // Then it is nearly always right, far above the majority class
        Assert.True(Accuracy(model, data) >= 0.95, $"accuracy {Accuracy(model, data)}");
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_give_a_model_at_least_as_good_When_updated_with_new_rows(string task)
    {
        // Given a model fitted on a few rows
        var data = task == "binary" ? ToyData.Binary(rows: 160) : ToyData.Multiclass(rows: 180);
        var first = Enumerable.Range(0, 12).ToArray();
        var rest = Enumerable.Range(12, data.RowCount - 12).ToArray();
        var technique = (IIncrementalTechnique)FeaturizedTechnique.Wrap(CreateTechnique());
        var context = new FitContext { Seed = 3, Threads = 1 };
        using var initial = technique.Fit(data.Subset(first), context);

        // When it is warm-started on the remaining rows
        using var updated = technique.Update(initial, data.Subset(rest), context);

        // Then it is at least as accurate on all rows
        Assert.True(Accuracy(updated, data) >= Accuracy(initial, data), $"{Accuracy(updated, data)} < {Accuracy(initial, data)}");
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_predict_what_the_MLNet_prediction_engine_predicts(string task)
    {
        // Given a model fitted on featurized rows
        var data = task == "binary" ? ToyData.Binary() : ToyData.Multiclass();
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(LogisticRegressionTechnique.Descriptor.Capabilities)).Transform(data);
        using var model = (LinearModel)CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        // When its own dot products and ML.NET's prediction engine predict every row
        var own = Predictions(model, featurized);
        var engine = EnginePredictions.Of(model, featurized);

        // Then they agree to float rounding
        Assert.Equal(engine.Length, own.Length);
        for (var i = 0; i < own.Length; i++)
        {
            Assert.Equal(engine[i], own[i], 1e-5);
        }
    }

    [Fact]
    public void Should_list_the_coefficients_by_magnitude_When_explained()
    {
        // Given a binary model where x0 and x1 matter equally and nothing else exists
        var data = ToyData.Binary();
        var featurized = Featurizer.Fit(data, FeaturizationPlan.For(LogisticRegressionTechnique.Descriptor.Capabilities)).Transform(data);
        using var model = (LinearModel)CreateTechnique().Fit(featurized, new FitContext { Seed = 1, Threads = 1 });

        // When explained
        var text = model.Explain();

        // Then both features appear with positive coefficients, and all coefficients are counted
        Assert.Contains("log-odds of 'yes'", text, StringComparison.Ordinal);
        Assert.Matches(@"\+\d+\.\d+  x0", text);
        Assert.Matches(@"\+\d+\.\d+  x1", text);
        Assert.Equal(2.0, model.Complexity["nonzero-coefficients"]);
    }

    [Fact]
    public void Should_count_its_coefficients_and_intercepts_by_hand()
    {
        // Given 2 numeric features with 2 classes, and 2 numeric features plus a colour of 3 levels with 3 classes
        using var binary = FitFeaturized(ToyData.Binary());
        using var multiclass = FitFeaturized(ToyData.Multiclass());

        // Then by hand. Binary: one coefficient per feature and one intercept, 2 + 1 = 3 (the sigmoid's slope -1
        // and offset 0 are ML.NET's constants). Multiclass: the colour reaches it one-hot (3 columns), so 5
        // features; per class 5 coefficients and an intercept, 3 x (5 + 1) = 18
        Assert.Equal(3, binary.ParameterCount);
        Assert.Equal(18, multiclass.ParameterCount);
    }

    [Fact]
    public void Should_refuse_a_foreign_model_When_updating() =>
        Assert.Throws<ArgumentException>(() => new LogisticRegressionTechnique().Update(new GradientBoostingTechnique().Fit(ToyData.Binary(), FitContext.Default), ToyData.Binary(), FitContext.Default));
}
