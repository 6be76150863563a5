using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Baseline;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class RandomForestTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new RandomForestTechnique();

    protected override bool FitsSubsetsInPlace => true;

    private static RandomForestModel Fit(Dataset data, int threads = 2, int seed = 3, int trees = 50) =>
        (RandomForestModel)new RandomForestTechnique(new TreeOptions { MaxFeatures = "sqrt" }, trees, bootstrap: true)
            .Fit(data, new FitContext { Seed = seed, Threads = threads });

    [Fact]
    public void Should_beat_the_baseline_When_learning_the_separable_toy_set()
    {
        var train = ToyData.Binary();
        var test = ToyData.Binary(seed: 9);

        using var forest = FitFeaturized(train);
        using var baseline = FeaturizedTechnique.Wrap(new BaselineTechnique()).Fit(train, FitContext.Default);

        Assert.True(Accuracy(forest, test) >= 0.9, $"forest accuracy {Accuracy(forest, test)}");
        Assert.True(Accuracy(forest, test) > Accuracy(baseline, test) + 0.3);
    }

    [Fact]
    public void Should_grow_the_same_forest_When_the_thread_count_differs()
    {
        var data = ToyData.Multiclass();

        using var one = Fit(data, threads: 1);
        using var two = Fit(data, threads: 2);

        Assert.Equal(Predictions(one, data), Predictions(two, data));
        Assert.Equal(one.OutOfBagAccuracy, two.OutOfBagAccuracy);
    }

    [Fact]
    public void Should_grow_a_different_forest_When_the_seed_differs()
    {
        var data = ToyData.BinaryWithMissing();

        using var first = Fit(data, seed: 1);
        using var second = Fit(data, seed: 2);

        Assert.NotEqual(Predictions(first, data), Predictions(second, data));
    }

    [Fact]
    public void Should_estimate_out_of_bag_accuracy_close_to_test_accuracy()
    {
        var train = ToyData.Multiclass(rows: 300);
        var test = ToyData.Multiclass(rows: 300, seed: 8);

        using var model = Fit(train);

        Assert.InRange(model.OutOfBagAccuracy, 0.85, 1.0);
        Assert.InRange(model.OutOfBagAccuracy - Accuracy(model, test), -0.08, 0.08);
        Assert.True(double.IsNaN(model.OutOfBagRmse));
        Assert.Contains("Out-of-bag accuracy", model.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_average_the_trees_When_regressing()
    {
        var data = ToyData.Regression();

        using var model = Fit(data);

        var predictions = Predictions(model, data);
        var y = data.Target.Values;
        var mean = y.Average();
        var rmse = Math.Sqrt(y.Select((v, i) => Math.Pow(v - predictions[i], 2)).Average());
        var std = Math.Sqrt(y.Select(v => Math.Pow(v - mean, 2)).Average());
        Assert.True(rmse < 0.3 * std, $"rmse {rmse}, std {std}");
        Assert.InRange(model.OutOfBagRmse, 0, std);
        Assert.True(double.IsNaN(model.OutOfBagAccuracy));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_predict_a_batch_tree_by_tree_to_the_bit_of_its_rows_predicted_one_by_one(bool regression)
    {
        // Given more rows than one block of the batch walk, and a last block cut short, with missing values
        var rows = (2 * RandomForestModel.BlockRows) + 37;
        var data = regression ? ToyData.Regression(rows) : ToyData.BinaryWithMissing(rows);
        using var model = Fit(data, trees: 20);
        var matrix = data.ToRowMajor();
        var width = data.FeatureCount;
        var k = model.OutputLength;

        // When the batch is predicted at once, and each row alone
        var batch = new float[rows * k];
        model.PredictBatch(matrix, rows, batch);
        var single = new float[rows * k];
        for (var r = 0; r < rows; r++)
        {
            model.Predict(matrix.AsSpan(r * width, width), single.AsSpan(r * k, k));
        }

        // Then every output is the same float: the trees are added in the same order
        Assert.Equal(single, batch);
    }

    [Fact]
    public void Should_count_the_parameters_of_a_small_forest_by_hand()
    {
        // Given x = 1, 2, 3, 4 labelled a, a, b, b, and 3 trees grown on all rows (no bootstrap) with every feature
        var data = new Dataset("line", [ToyData.Numeric("x", [1, 2, 3, 4])], ToyData.Nominal("y", [0, 0, 1, 1], "a", "b"), TaskKind.BinaryClassification);
        var technique = new RandomForestTechnique(new TreeOptions(), treeCount: 3, bootstrap: false);

        // When the forest learns it
        using var model = (RandomForestModel)technique.Fit(data, new FitContext { Seed = 3, Threads = 1 });

        // Then by hand: each tree is one split (feature, threshold, missing side: 3) and 2 leaves of 2 class
        // shares (4), 7 per tree; the forest sums its trees: 3 x 7 = 21
        Assert.All(model.Trees, t => Assert.Equal(2, t.LeafCount));
        Assert.Equal(21, model.ParameterCount);
    }

    [Fact]
    public void Should_report_its_size_and_the_features_that_matter()
    {
        using var model = Fit(ToyData.Multiclass(), trees: 10);

        Assert.Equal(10, model.Complexity["trees"]);
        Assert.Equal(1.0, model.Importance.Sum(), 6);
        Assert.Contains("x0", model.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_its_settings_from_the_study()
    {
        var settings = new TechniqueSettings("small-forest", new Dictionary<string, string> { ["n-trees"] = "7", ["max-features"] = "all" });

        var technique = RandomForestTechnique.Descriptor.CreateChecked(settings);
        using var model = (RandomForestModel)technique.Fit(ToyData.Binary(), FitContext.Default);

        Assert.Equal(7, model.Trees.Count);
    }
}
