using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.NearestNeighbours;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.NearestNeighbours;

public sealed class NearestNeighboursTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new NearestNeighboursTechnique();

    [Fact]
    public void Should_reproduce_the_training_labels_When_k_is_one()
    {
        var data = ToyData.Multiclass();
        using var model = FeaturizedTechnique.Wrap(new NearestNeighboursTechnique(k: 1)).Fit(data, FitContext.Default);
        Assert.Equal(1.0, Accuracy(model, data));
    }

    [Fact]
    public void Should_let_the_nearest_row_outvote_two_far_ones_When_weighting_by_distance()
    {
        // Given a at 0 and b at 1 and 3, and the query 0.25 (distances 0.25, 0.75, 2.75)
        var data = Line([0, 1, 3], [0, 1, 1]);
        using var uniform = new NearestNeighboursTechnique(k: 3).Fit(data, FitContext.Default);
        using var weighted = new NearestNeighboursTechnique(k: 3, NeighbourWeighting.Distance).Fit(data, FitContext.Default);
        var byVotes = new float[2];
        var byDistance = new float[2];

        uniform.Predict([0.25f], byVotes);
        weighted.Predict([0.25f], byDistance);

        // Then uniform votes give b 2/3; weights 4, 4/3, 4/11 give a 4 / (4 + 4/3 + 4/11)
        Assert.Equal(2 / 3f, byVotes[1], 6);
        Assert.Equal(4 / (4 + (4 / 3.0) + (4 / 11.0)), byDistance[0], 5);
    }

    [Fact]
    public void Should_let_exact_matches_decide_When_weighting_by_distance()
    {
        var data = Line([0, 1, 3], [0, 1, 1]);
        using var model = new NearestNeighboursTechnique(k: 3, NeighbourWeighting.Distance).Fit(data, FitContext.Default);
        var output = new float[2];

        model.Predict([0f], output);

        Assert.Equal([1f, 0f], output);
    }

    [Fact]
    public void Should_average_the_k_nearest_targets_When_regressing()
    {
        // Given targets 10, 20, 30, 100 at 0, 1, 2, 10: the two nearest to 0.4 are 0 and 1
        var data = new Dataset("line", [ToyData.Numeric("x", [0, 1, 2, 10])], ToyData.Numeric("y", [10, 20, 30, 100]), TaskKind.Regression);
        using var uniform = new NearestNeighboursTechnique(k: 2).Fit(data, FitContext.Default);
        using var weighted = new NearestNeighboursTechnique(k: 2, NeighbourWeighting.Distance).Fit(data, FitContext.Default);
        var output = new float[1];

        uniform.Predict([0.4f], output);
        Assert.Equal(15f, output[0], 5);

        // 1/0.4 and 1/0.6: (2.5 x 10 + 1.667 x 20) / 4.167 = 14
        weighted.Predict([0.4f], output);
        Assert.Equal(14f, output[0], 4);
    }

    [Fact]
    public void Should_keep_the_k_smallest_distances_and_the_earlier_row_on_a_tie()
    {
        var heap = new NeighbourHeap(2);
        float[] distances = [3, 1, 2, 1, 0.5f];
        for (var i = 0; i < distances.Length; i++)
        {
            heap.Offer(distances[i], i);
        }

        Assert.Equal([1, 4], heap.Rows.ToArray().Order());
    }

    [Fact]
    public void Should_equal_a_fit_on_all_rows_When_updated_with_new_rows()
    {
        var data = ToyData.Multiclass();
        var first = data.Subset(Enumerable.Range(0, 50).ToArray());
        var later = data.Subset(Enumerable.Range(50, data.RowCount - 50).ToArray());
        var technique = new NearestNeighboursTechnique();

        using var batch = technique.Fit(data, FitContext.Default);
        using var updated = technique.Update(technique.Fit(first, FitContext.Default), later, FitContext.Default);

        Assert.Equal(Predictions(batch, data), Predictions(updated, data));
        Assert.Equal(batch.ParameterCount, updated.ParameterCount);
    }

    [Fact]
    public void Should_see_imputed_values_and_missing_indicators_When_values_are_missing()
    {
        // Given data with missing values, which k-NN does not handle itself
        var data = ToyData.BinaryWithMissing();

        // When it is fitted behind the shared featurization
        using var model = (FeaturizedModel)FitFeaturized(data);

        // Then each feature arrives imputed with its missing indicator beside it, and the rows are still learned
        Assert.Equal(["x0", "x0?", "x1", "x1?"], model.Featurizer.OutputNames);
        Assert.Equal(data.RowCount * (4L + 1), model.ParameterCount);
        Assert.True(Accuracy(model, data) > 0.85, "a few imputed values do not hide the margin");
    }

    [Fact]
    public void Should_read_its_settings_from_the_study()
    {
        var settings = new TechniqueSettings("knn-3", new Dictionary<string, string> { ["k"] = "3", ["weighting"] = "distance" });

        var technique = (NearestNeighboursTechnique)NearestNeighboursTechnique.Descriptor.CreateChecked(settings);

        Assert.Equal(3, technique.K);
        Assert.Equal(NeighbourWeighting.Distance, technique.Weighting);
        Assert.Throws<Tradeoff.Core.InputException>(() => NearestNeighboursTechnique.Descriptor.CreateChecked(
            new TechniqueSettings("knn", new Dictionary<string, string> { ["weighting"] = "cosine" })));
    }

    [Fact]
    public void Should_learn_the_separable_toy_set_better_than_the_baseline()
    {
        var data = ToyData.Binary();
        using var model = FitFeaturized(data);
        Assert.True(Accuracy(model, data) > 0.9, "neighbours of a point with a margin share its class");
    }

    [Fact]
    public void Should_count_every_stored_row_and_its_target_by_hand()
    {
        // Given 4 rows of 2 numeric features, 2 classes
        var data = new Dataset(
            "square",
            [ToyData.Numeric("x0", [0, 0, 1, 1]), ToyData.Numeric("x1", [0, 1, 0, 1])],
            ToyData.Nominal("y", [0, 0, 1, 1], "a", "b"),
            TaskKind.BinaryClassification);

        // When k-NN stores them, alone and behind the shared featurization (which standardizes them)
        using var model = new NearestNeighboursTechnique().Fit(data, FitContext.Default);
        using var featurized = FitFeaturized(data);

        // Then by hand: 4 rows x (2 features + 1 target) = 12; the featurization's means and scales are not counted
        Assert.Equal(12, model.ParameterCount);
        Assert.Equal(12, featurized.ParameterCount);
    }

    private static Dataset Line(float[] x, float[] classes) =>
        new("line", [ToyData.Numeric("x", x)], ToyData.Nominal("y", classes, "a", "b"), TaskKind.BinaryClassification);
}
