using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class DecisionTreePruningTests
{
    private static readonly TreePruning Unpruned = new() { Enabled = false };

    [Fact]
    public void Should_collapse_a_split_whose_leaves_predict_one_class_When_pruning_is_off()
    {
        // Given x = 1 four times (all yes) and x = 2 four times (three yes, one no): Gini splits at 1.5 into a
        // pure leaf and one it cannot purify, both predicting yes
        var data = SameClassSplit();

        // When the tree learns it with pruning off
        using var model = DecisionTreeTechniqueTests.Fit(data, pruning: Unpruned);

        // Then the split is gone: one leaf with the root's shares, 7 of 8 yes
        Assert.Single(model.Tree.Nodes);
        var output = new float[2];
        model.Predict([2f], output);
        Assert.Equal([7 / 8f, 1 / 8f], output);
        Assert.Equal(2, model.ParameterCount);
    }

    [Fact]
    public void Should_give_the_hand_computed_pruned_tree_When_pruning_the_weather_tree()
    {
        // Given the weather tree grown with entropy (DecisionTreeTechniqueTests: 7 rules), and C4.5's pessimistic
        // errors at confidence 0.25, U(N, e) = e + addErrs(N, e), z = 0.6745, computed by hand from Weka's Stats.addErrs:
        //   U(1, 0) = 0.750, U(3, 0) = 1.110, U(4, 0) = 1.172, U(2, 1) = 1.791, U(5, 1) = 2.250, U(10, 5) = 6.516, U(14, 5) = 6.761.
        // Bottom-up, a node becomes a leaf when U(node) <= U(its leaves) + 0.1:
        //   windy = true under humidity = normal (1 yes, 1 no): 1.791 > 0.750 + 0.750 + 0.1, kept;
        //   humidity = normal (4 yes, 1 no): 2.250 <= 1.110 + 1.500 + 0.1, pruned to a leaf;
        //   humidity = high (1 yes, 4 no): 2.250 <= 1.110 + 1.500 + 0.1, pruned to a leaf;
        //   outlook != overcast (5 yes, 5 no): 6.516 > 2.250 + 2.250 + 0.1, kept;
        //   the root (9 yes, 5 no): 6.761 > 1.172 + 4.500 + 0.1, kept.
        var data = WeatherData.Create();
        var options = new TreeOptions { Criterion = SplitCriterion.Entropy };

        // When the tree learns it with the default pruning
        using var model = DecisionTreeTechniqueTests.Fit(data, options);

        // Then three rules remain, and the model's size counts the pruned tree: 2 splits x 3 + 3 leaves x 2 shares
        Assert.Equal(
            [
                "IF outlook = overcast THEN play = yes (4 rows, 100%)",
                "IF outlook != overcast AND humidity = normal THEN play = yes (5 rows, 80%)",
                "IF outlook != overcast AND humidity = high THEN play = no (5 rows, 80%)",
            ],
            model.ToRules().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(12, model.ParameterCount);
        Assert.Equal(3, model.Complexity["leaves"]);
        Assert.Contains("3 leaves, depth 2", model.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_grown_tree_When_the_pruning_setting_is_none()
    {
        // Given the weather table and a study that turns pruning off
        var settings = new TechniqueSettings("t", new Dictionary<string, string> { ["pruning"] = "none", ["criterion"] = "entropy" });
        var technique = DecisionTreeTechnique.Descriptor.CreateChecked(settings);

        // When it learns
        using var model = (DecisionTreeModel)technique.Fit(WeatherData.Create(), new FitContext { Seed = 1, Threads = 2 });

        // Then the tree is the one grown, its 7 rules (DecisionTreeTechniqueTests checks them one by one)
        Assert.Equal(7, model.RuleCount);
    }

    [Fact]
    public void Should_prune_harder_When_the_confidence_is_lower()
    {
        // Given the weather tree; at confidence 0.01 (z = 2.326) both humidity nodes still become leaves,
        // U(5, 1) = 3.75, and U(10, 5) = 8.28 > 2 x 3.75 + 0.1 keeps their parent, but the root is pruned:
        // U(14, 5) = 9.55 <= U(4, 0) + 2 x U(5, 1) + 0.1 = 2.74 + 7.50 + 0.1
        var settings = new TechniqueSettings("t", new Dictionary<string, string> { ["confidence"] = "0.01", ["criterion"] = "entropy" });

        // When it learns
        using var model = (DecisionTreeModel)DecisionTreeTechnique.Descriptor.CreateChecked(settings).Fit(WeatherData.Create(), new FitContext { Seed = 1 });

        // Then a single leaf predicts the majority
        Assert.Equal(1, model.LeafCount);
    }

    [Fact]
    public void Should_refuse_a_confidence_above_one_half()
    {
        var settings = new TechniqueSettings("t", new Dictionary<string, string> { ["confidence"] = "0.6" });

        Assert.Throws<InputException>(() => DecisionTreeTechnique.Descriptor.CreateChecked(settings));
    }

    [Fact]
    public void Should_keep_the_forest_trees_unpruned()
    {
        // Given the data whose grown tree has a same-class split, and a forest of one tree on all rows and features
        var forest = new RandomForestTechnique(new TreeOptions { MaxFeatures = "all" }, treeCount: 1, bootstrap: false);

        // When it learns
        using var model = (RandomForestModel)forest.Fit(SameClassSplit(), new FitContext { Seed = 1 });

        // Then its tree keeps the split (Breiman's forests grow their trees in full), and it declares no pruning
        Assert.Equal(3, model.Trees[0].Nodes.Length);
        Assert.DoesNotContain(RandomForestTechnique.Descriptor.Settings, s => s.Name == TreePruning.Method.Name);
    }

    private static Dataset SameClassSplit() => new(
        "same-class",
        [ToyData.Numeric("x", [1, 1, 1, 1, 2, 2, 2, 2])],
        ToyData.Nominal("label", [0, 0, 0, 0, 0, 0, 0, 1], "yes", "no"),
        TaskKind.BinaryClassification);
}
