using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Baseline;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class DecisionTreeTechniqueTests : TechniqueContract
{
    protected override ITechnique CreateTechnique() => new DecisionTreeTechnique();

    protected override bool FitsSubsetsInPlace => true;

    private static readonly TreePruning Unpruned = new() { Enabled = false };

    internal static DecisionTreeModel Fit(Dataset data, TreeOptions? options = null, TreePruning? pruning = null) =>
        (DecisionTreeModel)new DecisionTreeTechnique(options ?? new TreeOptions(), pruning).Fit(data, new FitContext { Seed = 1, Threads = 2 });

    [Fact]
    public void Should_beat_the_baseline_When_learning_the_separable_toy_set()
    {
        // Given a linearly separable training set and a fresh test set
        var train = ToyData.Binary();
        var test = ToyData.Binary(seed: 9);

        // When the tree and the baseline learn it
        using var tree = FitFeaturized(train);
        using var baseline = FeaturizedTechnique.Wrap(new BaselineTechnique()).Fit(train, FitContext.Default);

        // Then the tree is far better
        Assert.True(Accuracy(tree, test) >= 0.9, $"tree accuracy {Accuracy(tree, test)}");
        Assert.True(Accuracy(tree, test) > Accuracy(baseline, test) + 0.3);
    }

    [Fact]
    public void Should_split_the_root_on_the_attribute_of_highest_information_gain_When_the_criterion_is_entropy()
    {
        // Given the weather table and the information gain of each attribute computed by hand
        var gains = Enumerable.Range(0, 4).Select(WeatherData.InformationGain).ToArray();
        Assert.Equal(0.247, gains[0], 3);
        Assert.Equal(0.029, gains[1], 3);
        Assert.Equal(0.152, gains[2], 3);
        Assert.Equal(0.048, gains[3], 3);
        var highest = Array.IndexOf(gains, gains.Max());

        // When a tree with entropy learns it
        using var model = Fit(WeatherData.Create(), new TreeOptions { Criterion = SplitCriterion.Entropy });

        // Then the root tests outlook, and its binary split (overcast against the rest) gains what the hand computation says
        Assert.Equal(highest, model.Tree.Nodes[0].Feature);
        var rest = WeatherData.Rows.Where(r => r[0] != "overcast").Select(r => r[4]);
        var expected = WeatherData.Entropy(WeatherData.Rows.Select(r => r[4])) - (10 / 14.0 * WeatherData.Entropy(rest));
        Assert.Equal(expected, model.Tree.Gains[0], 4);
    }

    [Fact]
    public void Should_print_rules_a_person_can_check_against_the_table_When_fitted_on_the_weather_data()
    {
        // The tree as grown: pruning (DecisionTreePruningTests) would cut it to three rules.
        using var model = Fit(WeatherData.Create(), new TreeOptions { Criterion = SplitCriterion.Entropy }, Unpruned);

        var rules = model.ToRules().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Checked by hand: overcast is always yes; among the other ten days humidity gains most (0.278 bits),
        // then windy or outlook finish each branch; repeated tests of outlook merge into one condition.
        Assert.Equal(
            [
                "IF outlook = overcast THEN play = yes (4 rows, 100%)",
                "IF outlook != overcast AND humidity = normal AND windy = false THEN play = yes (3 rows, 100%)",
                "IF outlook = sunny AND humidity = normal AND windy = true THEN play = yes (1 row, 100%)",
                "IF outlook = rainy AND humidity = normal AND windy = true THEN play = no (1 row, 100%)",
                "IF outlook = rainy AND humidity = high AND windy = false THEN play = yes (1 row, 100%)",
                "IF outlook = rainy AND humidity = high AND windy = true THEN play = no (1 row, 100%)",
                "IF outlook = sunny AND humidity = high THEN play = no (3 rows, 100%)",
            ],
            rules);
        Assert.Equal(model.RuleCount, rules.Length);
    }

    [Fact]
    public void Should_render_an_indented_tree_and_complexity_figures()
    {
        using var model = Fit(WeatherData.Create(), new TreeOptions { Criterion = SplitCriterion.Entropy }, Unpruned);

        var tree = model.ToTree();
        var explained = model.Explain();

        Assert.StartsWith("outlook = overcast: play = yes (4 rows, 100%)\noutlook != overcast\n|   humidity = normal\n|   |   windy = false: play = yes (3 rows, 100%)\n", tree, StringComparison.Ordinal);
        Assert.Contains(tree, explained, StringComparison.Ordinal);
        Assert.Equal(model.LeafCount, model.Complexity["leaves"]);
        Assert.Equal(model.Depth, model.Complexity["depth"]);
        Assert.True(model.MeanRuleLength >= 1 && model.MeanRuleLength <= model.Depth);
    }

    [Fact]
    public void Should_fit_a_regression_tree_When_the_target_is_numeric()
    {
        var data = ToyData.Regression();
        using var model = Fit(data, new TreeOptions { MaxDepth = 6 });

        var predictions = Predictions(model, data);
        var y = data.Target.Values;
        var mean = y.Average();
        var rmse = Math.Sqrt(y.Select((v, i) => Math.Pow(v - predictions[i], 2)).Average());
        var std = Math.Sqrt(y.Select(v => Math.Pow(v - mean, 2)).Average());
        Assert.True(rmse < 0.25 * std, $"rmse {rmse}, std {std}");
        Assert.Contains("THEN y = ", model.ToRules(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_send_missing_values_down_the_larger_branch_When_the_training_data_had_some()
    {
        // Given x <= 3 is "no" (3 rows) and x > 3 is "yes" (5 rows), and two rows with x missing
        var x = new[] { 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, float.NaN, float.NaN };
        var y = new[] { 0f, 0f, 0f, 1f, 1f, 1f, 1f, 1f, 1f, 1f };
        var data = new Dataset("missing", [ToyData.Numeric("x", x)], ToyData.Nominal("label", y, "no", "yes"), TaskKind.BinaryClassification);

        using var model = Fit(data);

        // Then the threshold lies midway between the two groups, missing values take the larger (right) branch
        var root = model.Tree.Nodes[0];
        Assert.Equal(3.5f, root.Threshold);
        Assert.False(root.MissingLeft);
        var output = new float[2];
        model.Predict([float.NaN], output);
        Assert.Equal([0f, 1f], output);
        Assert.Contains("IF x > 3.5 (or missing) THEN label = yes (7 rows, 100%)", model.ToRules(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_split_a_nominal_feature_one_level_against_the_rest_When_there_are_more_than_two_classes()
    {
        var color = new[] { 0f, 0f, 1f, 1f, 2f, 2f };
        var y = new[] { 0f, 0f, 1f, 1f, 2f, 2f };
        var data = new Dataset(
            "colors",
            [ToyData.Nominal("color", color, "red", "green", "blue")],
            ToyData.Nominal("y", y, "a", "b", "c"),
            TaskKind.MulticlassClassification);

        using var model = Fit(data);

        Assert.Equal(3, model.LeafCount);
        Assert.Contains("IF color = red THEN y = a (2 rows, 100%)", model.ToRules(), StringComparison.Ordinal);
        var output = new float[3];
        model.Predict([2f], output);
        Assert.Equal([0f, 0f, 1f], output);
    }

    [Fact]
    public void Should_stop_at_the_maximum_depth()
    {
        using var model = Fit(ToyData.Multiclass(), new TreeOptions { MaxDepth = 1 });

        Assert.Equal(1, model.Depth);
        Assert.Equal(2, model.LeafCount);
    }

    [Fact]
    public void Should_count_the_parameters_of_a_small_tree_by_hand()
    {
        // Given x = 1, 2, 3, 4 labelled a, a, b, b; the same x with targets 1, 1, 5, 5; and three colours, one class each
        var x = ToyData.Numeric("x", [1, 2, 3, 4]);
        var binary = new Dataset("line", [x], ToyData.Nominal("y", [0, 0, 1, 1], "a", "b"), TaskKind.BinaryClassification);
        var regression = new Dataset("line", [x], ToyData.Numeric("y", [1, 1, 5, 5]), TaskKind.Regression);
        var colours = new Dataset(
            "colors",
            [ToyData.Nominal("color", [0f, 1f, 2f], "red", "green", "blue")],
            ToyData.Nominal("y", [0f, 1f, 2f], "a", "b", "c"),
            TaskKind.MulticlassClassification);

        // When trees learn them
        using var classifier = Fit(binary);
        using var regressor = Fit(regression);
        using var nominal = Fit(colours);

        // Then by hand. One split (x <= 2.5) counts its feature, its threshold and the side a missing value takes
        // (3); each of the 2 pure leaves stores 2 class shares: 3 + 2 x 2 = 7.
        Assert.Equal(1, classifier.Depth);
        Assert.Equal(7, classifier.ParameterCount);

        // The same split, and each leaf stores its mean (1): 3 + 2 x 1 = 5.
        Assert.Equal(5, regressor.ParameterCount);

        // Two splits on level sets (3 each) and 3 leaves of 3 class shares: 2 x 3 + 3 x 3 = 15.
        Assert.Equal(3, nominal.LeafCount);
        Assert.Equal(15, nominal.ParameterCount);
    }

    [Fact]
    public void Should_refuse_an_unknown_or_invalid_setting()
    {
        var descriptor = DecisionTreeTechnique.Descriptor;

        Assert.Throws<InputException>(() => descriptor.CreateChecked(new TechniqueSettings("t", new Dictionary<string, string> { ["depth"] = "3" })));
        Assert.Throws<InputException>(() => descriptor.CreateChecked(new TechniqueSettings("t", new Dictionary<string, string> { ["max-features"] = "most" })));
        Assert.Throws<InputException>(() => descriptor.CreateChecked(new TechniqueSettings("t", new Dictionary<string, string> { ["criterion"] = "gain" })));
        var technique = descriptor.CreateChecked(new TechniqueSettings("tree-depth-5", new Dictionary<string, string> { ["max-depth"] = "5", ["criterion"] = "entropy" }));
        Assert.Equal("decision-tree", technique.Id);
    }
}
