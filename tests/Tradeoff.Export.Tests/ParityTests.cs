namespace Tradeoff.Export.Tests;

/// <summary>ONNX Runtime predicts what Tradeoff predicts, for every exportable technique.</summary>
public sealed class ParityTests
{
    [Fact]
    public void Decision_tree_classifies_as_Tradeoff_does() => Parity.Check("decision-tree");

    [Fact]
    public void Decision_tree_regresses_as_Tradeoff_does() => Parity.Check("decision-tree", regression: true);

    [Fact]
    public void Random_forest_classifies_as_Tradeoff_does() => Parity.Check("random-forest", settings: new Dictionary<string, string> { ["n-trees"] = "25" });

    [Fact]
    public void Logistic_regression_classifies_as_Tradeoff_does() => Parity.Check("logistic-regression");

    [Fact]
    public void Linear_regression_regresses_as_Tradeoff_does() => Parity.Check("linear-regression", regression: true);

    [Fact]
    public void One_rule_classifies_as_Tradeoff_does() => Parity.Check("one-rule");

    [Fact]
    public void Baseline_classifies_as_Tradeoff_does() => Parity.Check("baseline");

    [Fact]
    public void Baseline_regresses_as_Tradeoff_does() => Parity.Check("baseline", regression: true);

    [Fact]
    public void Naive_Bayes_classifies_as_Tradeoff_does() => Parity.Check("naive-bayes");

    [Fact]
    public void Neural_network_classifies_as_Tradeoff_does() => Parity.Check("neural-network", settings: Small);

    [Fact]
    public void Neural_network_regresses_as_Tradeoff_does() => Parity.Check("neural-network", regression: true, settings: Small);

    [Fact]
    public void Gradient_boosting_classifies_as_Tradeoff_does() => Parity.Check("gradient-boosting");

    [Fact]
    public void Gradient_boosting_regresses_as_Tradeoff_does() => Parity.Check("gradient-boosting", regression: true);

    [Fact]
    public void Convolutional_network_classifies_as_Tradeoff_does() =>
        Parity.Check(Parity.Images(), "class", "convolutional-network", new Dictionary<string, string> { ["channels"] = "[4, 6]", ["dense"] = "[8]", ["epochs"] = "2" });

    [Fact]
    public void Logistic_regression_classifies_images_as_Tradeoff_does() => Parity.Check(Parity.Images(), "class", "logistic-regression");

    [Fact]
    public void Logistic_regression_classifies_images_with_holes_as_Tradeoff_does() => Parity.Check(Parity.WithMissing(Parity.Images()), "class", "logistic-regression");

    [Fact]
    public void Gradient_boosting_classifies_images_with_holes_as_Tradeoff_does() => Parity.Check(Parity.WithMissing(Parity.Images()), "class", "gradient-boosting");

    private static Dictionary<string, string> Small => new() { ["epochs"] = "5" };
}
