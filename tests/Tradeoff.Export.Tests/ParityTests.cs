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
}
