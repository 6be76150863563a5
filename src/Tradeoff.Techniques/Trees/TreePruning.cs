using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// How a fitted classification tree is pruned: C4.5's error-based pruning (Weka's J48 defaults) or none. Splits
/// that do not lower the training errors (among them every split whose leaves predict one class) are collapsed
/// either way. Only the decision tree declares these settings: the forest keeps its trees unpruned, as Breiman's.
/// </summary>
internal sealed record TreePruning
{
    public const string ErrorBased = "error-based";
    public const string None = "none";

    public static SettingDeclaration<string> Method { get; } = SettingDeclaration.Choice(
        "pruning", ErrorBased, "C4.5's error-based pruning of classification trees (as Weka's J48), or none; regression trees are not pruned", ErrorBased, None);

    // Weka refuses a confidence above 0.5: the normal quantile of 1 - confidence would turn negative.
    public static SettingDeclaration<double> Confidence { get; } = SettingDeclaration.Real(
        "confidence", 0.25, "confidence of C4.5's pessimistic error estimate; smaller prunes more", min: 0.001, max: 0.5);

    /// <summary>Whether the error-based pruning runs (collapsing runs always).</summary>
    public bool Enabled { get; init; } = Method.DefaultValue == ErrorBased;

    /// <summary>Confidence of the upper bound on a leaf's error rate (J48's -C).</summary>
    public double ConfidenceLevel { get; init; } = Confidence.DefaultValue;

    /// <summary>The declarations, in the order <c>tradeoff techniques --details</c> lists them.</summary>
    public static IReadOnlyList<SettingDeclaration> All => [Method, Confidence];

    /// <summary>The pruning <paramref name="settings"/> ask for, with the declared defaults for the others.</summary>
    public static TreePruning Read(TechniqueSettings settings) => new()
    {
        Enabled = Method.Read(settings) == ErrorBased,
        ConfidenceLevel = Confidence.Read(settings),
    };
}
