using Tradeoff.Core.Data;
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

    [Theory]
    [InlineData(TaskKind.BinaryClassification, 4)]
    [InlineData(TaskKind.Regression, 4)]
    [InlineData(TaskKind.MulticlassClassification, 12)]
    public void Should_count_the_parameters_of_a_small_ensemble_by_hand(TaskKind task, long expected)
    {
        // Given x = 0..29 with a step in the target at 10 (binary: x >= 10; regression: 1 below, 5 above) or at 10
        // and 20 (three classes), and one round of trees of at most 2 leaves
        var x = Enumerable.Range(0, 30).Select(i => (float)i).ToArray();
        var y = task switch
        {
            TaskKind.MulticlassClassification => x.Select(v => MathF.Floor(v / 10)),
            TaskKind.Regression => x.Select(v => v >= 10 ? 5f : 1f),
            _ => x.Select(v => v >= 10 ? 1f : 0f),
        };
        var data = Line(task, x, [.. y]);

        // When LightGBM learns it
        using var model = Stumps().Fit(data, new FitContext { Seed = 1, Threads = 1 });

        // Then by hand: a tree of one split counts its feature and threshold (2) and its 2 leaf values: 4. Binary and
        // regression make one tree per round; multiclass one per class and round: 3 x 4 = 12
        Assert.Equal(expected, model.ParameterCount);
    }

    [Fact]
    public void Should_count_one_value_for_a_tree_that_could_not_split()
    {
        // Given a feature that never varies, and 20 of 30 rows in one class
        var data = Line(TaskKind.BinaryClassification, new float[30], Enumerable.Range(0, 30).Select(i => i < 20 ? 0f : 1f).ToArray());

        // When LightGBM learns it: its one tree is a single leaf holding the prior log-odds, which ML.NET stores as
        // a stand-in split on feature 0 with two equal leaves
        using var model = Stumps().Fit(data, new FitContext { Seed = 1, Threads = 1 });

        // Then by hand: only the leaf's value was learned, 1
        Assert.Equal(1, model.ParameterCount);
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
    public void Should_beat_the_majority_baseline_When_24_separable_rows_meet_the_adaptive_defaults()
    {
        // Given 24 rows, 14 of class 'no' then 10 of 'yes' along one feature (majority baseline 14 / 24)
        var x = Enumerable.Range(0, 24).Select(i => (float)i).ToArray();
        var data = Line(TaskKind.BinaryClassification, x, [.. x.Select(v => v >= 14 ? 1f : 0f)]);
        var adaptive = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string>()));
        var fixedAt20 = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string> { ["min-rows-per-leaf"] = "20" }));

        // When the defaults fit it, and a study that sets LightGBM's 20 rows per leaf fits it
        using var adapted = adaptive.Fit(data, new FitContext { Seed = 1, Threads = 1 });
        using var stuck = fixedAt20.Fit(data, new FitContext { Seed = 1, Threads = 1 });

        // Then the adapted minimum (2 rows) splits and learns the step (leaves of 2 rows may blur its edge by a row);
        // the study's 20 wins and cannot split
        Assert.True(Accuracy(adapted, data) >= 0.9, $"accuracy {Accuracy(adapted, data)}");
        Assert.Equal(14 / 24.0, Accuracy(stuck, data));
    }

    [Fact]
    public void Should_state_a_smaller_minimum_per_leaf_When_the_training_rows_are_few()
    {
        // Given the defaults, and a study that sets the minimum
        var adaptive = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string>()));
        var given = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string> { ["min-rows-per-leaf"] = "7" }));

        // When they state their settings for 24, 150 and 1,000 training rows
        var small = adaptive.AdaptedSettings(ToyData.Binary(rows: 24));
        var medium = adaptive.AdaptedSettings(ToyData.Multiclass(rows: 150));
        var large = adaptive.AdaptedSettings(ToyData.Binary(rows: 1000));

        // Then a tenth of the rows below 200, LightGBM's 20 above, and nothing adapts when the study set it
        Assert.Equal("2", small["min-rows-per-leaf"]);
        Assert.Equal("15", medium["min-rows-per-leaf"]);
        Assert.Equal("20", large["min-rows-per-leaf"]);
        Assert.DoesNotContain("min-rows-per-leaf", given.AdaptedSettings(ToyData.Binary(rows: 24)).Keys);
    }

    [Fact]
    public void Should_state_63_bins_When_the_training_rows_reach_10_000()
    {
        // Given the defaults, and a study that sets the bins
        var adaptive = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string>()));
        var given = GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string> { ["max-bins"] = "255" }));

        // When they state their settings for 9,999 and 10,000 training rows
        var below = adaptive.AdaptedSettings(ToyData.Binary(rows: 9_999));
        var from = adaptive.AdaptedSettings(ToyData.Binary(rows: 10_000));

        // Then LightGBM's 255 below, 63 from 10,000 rows, and nothing adapts when the study set it
        Assert.Equal("255", below["max-bins"]);
        Assert.Equal("63", from["max-bins"]);
        Assert.DoesNotContain("max-bins", given.AdaptedSettings(ToyData.Binary(rows: 10_000)).Keys);
    }

    [Fact]
    public void Should_fit_with_63_bins_by_default_When_the_training_rows_reach_10_000()
    {
        // Given 10,000 rows x = 0..9,999 whose class changes at 1,234, where 63 and 255 bins put their edges apart
        var x = Enumerable.Range(0, 10_000).Select(i => (float)i).ToArray();
        var data = Line(TaskKind.BinaryClassification, x, [.. x.Select(v => v >= 1234 ? 1f : 0f)]);
        var context = new FitContext { Seed = 1, Threads = 1 };

        // When the defaults, 63 bins and 255 bins fit
        using var byDefault = Featurized(new() { ["iterations"] = "5" }).Fit(data, context);
        using var coarse = Featurized(new() { ["iterations"] = "5", ["max-bins"] = "63" }).Fit(data, context);
        using var fine = Featurized(new() { ["iterations"] = "5", ["max-bins"] = "255" }).Fit(data, context);

        // Then the defaults' model is the 63-bin one, not the 255-bin one
        Assert.Equal(Predictions(coarse, data), Predictions(byDefault, data));
        Assert.NotEqual(Predictions(fine, data), Predictions(byDefault, data));
    }

    [Fact]
    public void Should_give_identical_models_for_a_seed_When_the_default_deterministic_mode_fits_on_two_threads()
    {
        // Given the default settings (deterministic) and a multiclass data set
        var data = ToyData.Multiclass(rows: 600);
        var technique = FeaturizedTechnique.Wrap(GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string> { ["iterations"] = "30" })));

        // When it fits twice with the same seed on two threads
        using var first = technique.Fit(data, new FitContext { Seed = 7, Threads = 2 });
        using var second = technique.Fit(data, new FitContext { Seed = 7, Threads = 2 });

        // Then every class probability of every row is the same float, and so are the tree counts
        Assert.Equal(Predictions(first, data), Predictions(second, data));
        Assert.Equal(first.ParameterCount, second.ParameterCount);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_learn_as_well_When_the_study_turns_the_deterministic_mode_off(string task)
    {
        // Given the faster, non-deterministic mode
        var data = task == "binary" ? ToyData.Binary() : ToyData.Multiclass();
        var fast = FeaturizedTechnique.Wrap(GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", new Dictionary<string, string>
        {
            ["iterations"] = "20",
            ["min-rows-per-leaf"] = "5",
            ["deterministic"] = "false",
        })));

        // When it fits on two threads
        using var model = fast.Fit(data, new FitContext { Seed = 1, Threads = 2 });

        // Then it separates the classes as the deterministic mode does
        Assert.True(Accuracy(model, data) >= 0.9, $"accuracy {Accuracy(model, data)}");
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    [InlineData("regression")]
    public void Should_give_identical_models_for_a_seed_When_gradients_are_quantized(string task)
    {
        // Given quantized training (gradients rounded stochastically to 4 levels, from the seed)
        var data = task switch { "binary" => ToyData.Binary(rows: 600), "multiclass" => ToyData.Multiclass(rows: 600), _ => ToyData.Regression(rows: 600) };
        var quantized = Featurized(new() { ["iterations"] = "30", ["quantized-gradients"] = "4" });

        // When it fits twice with the same seed on two threads
        using var first = quantized.Fit(data, new FitContext { Seed = 7, Threads = 2 });
        using var second = quantized.Fit(data, new FitContext { Seed = 7, Threads = 2 });

        // Then every prediction is the same float
        Assert.Equal(Predictions(first, data), Predictions(second, data));
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("multiclass")]
    public void Should_learn_as_well_but_differently_When_gradients_are_quantized(string task)
    {
        // Given full-precision and quantized training with the same seed
        var data = task == "binary" ? ToyData.Binary(rows: 600) : ToyData.Multiclass(rows: 600);
        var full = Featurized(new() { ["iterations"] = "30" });
        var quantized = Featurized(new() { ["iterations"] = "30", ["quantized-gradients"] = "4" });

        // When both fit
        using var fullModel = full.Fit(data, new FitContext { Seed = 7, Threads = 2 });
        using var quantizedModel = quantized.Fit(data, new FitContext { Seed = 7, Threads = 2 });

        // Then LightGBM received the setting (the probabilities differ: 4 gradient levels cannot give the same sums)
        // and the quantized model still separates the classes
        Assert.NotEqual(Predictions(fullModel, data), Predictions(quantizedModel, data));
        Assert.True(Accuracy(quantizedModel, data) >= 0.9, $"accuracy {Accuracy(quantizedModel, data)}");
    }

    [Fact]
    public void Should_split_only_at_the_coarse_bin_edges_When_max_bins_is_2()
    {
        // Given x = 0..29 with the class changing at 10, where 2 bins per feature leave one threshold (near the median)
        var x = Enumerable.Range(0, 30).Select(i => (float)i).ToArray();
        var data = Line(TaskKind.BinaryClassification, x, [.. x.Select(v => v >= 10 ? 1f : 0f)]);
        var fine = Featurized(new() { ["iterations"] = "20", ["min-rows-per-leaf"] = "2" });
        var coarse = Featurized(new() { ["iterations"] = "20", ["min-rows-per-leaf"] = "2", ["max-bins"] = "2" });

        // When both fit
        using var fineModel = fine.Fit(data, new FitContext { Seed = 1, Threads = 1 });
        using var coarseModel = coarse.Fit(data, new FitContext { Seed = 1, Threads = 1 });

        // Then 255 bins find the step, and 2 bins cannot: some rows between 10 and the one threshold fall on the wrong side
        Assert.Equal(1.0, Accuracy(fineModel, data));
        Assert.True(Accuracy(coarseModel, data) < 1.0, $"accuracy {Accuracy(coarseModel, data)}");
    }

    [Fact]
    public void Should_reject_one_gradient_level()
    {
        var settings = new TechniqueSettings("gb", new Dictionary<string, string> { ["quantized-gradients"] = "1" });

        var error = Assert.Throws<Tradeoff.Core.InputException>(() => GradientBoostingTechnique.Descriptor.CreateChecked(settings));
        Assert.Contains("quantized-gradients", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_a_deterministic_setting_that_is_not_true_or_false()
    {
        var settings = new TechniqueSettings("gb", new Dictionary<string, string> { ["deterministic"] = "sometimes" });

        var error = Assert.Throws<Tradeoff.Core.InputException>(() => GradientBoostingTechnique.Descriptor.CreateChecked(settings));
        Assert.Contains("deterministic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_an_unknown_setting()
    {
        var settings = new TechniqueSettings("gb", new Dictionary<string, string> { ["trees"] = "5" });

        Assert.Throws<Tradeoff.Core.InputException>(() => GradientBoostingTechnique.Descriptor.CreateChecked(settings));
    }

    private static ITechnique Featurized(Dictionary<string, string> settings) =>
        FeaturizedTechnique.Wrap(GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("gb", settings)));

    private static ITechnique Stumps() =>
        GradientBoostingTechnique.Descriptor.CreateChecked(new TechniqueSettings("stumps", new Dictionary<string, string>
        {
            ["iterations"] = "1",
            ["leaves"] = "2",
            ["min-rows-per-leaf"] = "2",
        }));

    private static Dataset Line(TaskKind task, float[] x, float[] y)
    {
        var target = task switch
        {
            TaskKind.Regression => ToyData.Numeric("y", y),
            TaskKind.BinaryClassification => ToyData.Nominal("y", y, "no", "yes"),
            _ => ToyData.Nominal("y", y, "a", "b", "c"),
        };
        return new Dataset("line", [ToyData.Numeric("x", x)], target, task);
    }
}
