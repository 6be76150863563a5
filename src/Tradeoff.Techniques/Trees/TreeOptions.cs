using System.Globalization;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.Trees;

/// <summary>How one tree grows; shared by the decision tree and every tree of the forest.</summary>
internal sealed record TreeOptions
{
    /// <summary>Impurity for classification; regression always reduces variance.</summary>
    public SplitCriterion Criterion { get; init; } = TreeSettings.CriterionOf(TreeSettings.Criterion.DefaultValue);

    /// <summary>Deepest level a split may happen at; 0 grows until the leaves are pure or too small.</summary>
    public int MaxDepth { get; init; } = TreeSettings.MaxDepth.DefaultValue;

    /// <summary>Fewest training rows (bootstrap counts in a forest) a leaf may hold.</summary>
    public int MinRowsPerLeaf { get; init; } = TreeSettings.MinRowsPerLeaf.DefaultValue;

    /// <summary>Fewest rows a node needs to be split at all.</summary>
    public int MinRowsPerSplit { get; init; } = TreeSettings.MinRowsPerSplit.DefaultValue;

    /// <summary>Smallest impurity decrease (per row of the node; bits for entropy) a split must bring.</summary>
    public double MinGain { get; init; } = TreeSettings.MinGain.DefaultValue;

    /// <summary>Features drawn at random per node: <c>all</c>, <c>sqrt</c>, <c>log2</c>, a count or a fraction.</summary>
    public string MaxFeatures { get; init; } = "all";

    /// <summary>Bins per numeric feature, fitted as quantiles of the training values.</summary>
    public int MaxBins { get; init; } = TreeSettings.MaxBins.DefaultValue;

    /// <summary>The criterion to use for <paramref name="task"/>.</summary>
    public SplitCriterion CriterionFor(TaskKind task) => task.IsClassification() ? Criterion : SplitCriterion.Variance;

    /// <summary>How many features a node draws among <paramref name="featureCount"/>.</summary>
    public int FeaturesPerNode(int featureCount) => ParseMaxFeatures(MaxFeatures, featureCount) ?? featureCount;

    /// <summary>How many features <paramref name="text"/> draws among <paramref name="featureCount"/>, or null when it is not a max-features value.</summary>
    public static int? ParseMaxFeatures(string text, int featureCount)
    {
        var count = text switch
        {
            "all" => featureCount,
            "sqrt" => (int)Math.Round(Math.Sqrt(featureCount)),
            "log2" => (int)Math.Round(Math.Log2(Math.Max(featureCount, 1))),
            _ when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n >= 1 ? n : -1,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) => f is > 0 and <= 1 ? (int)Math.Ceiling(f * featureCount) : -1,
            _ => -1,
        };
        return count < 0 ? null : Math.Clamp(count, 1, Math.Max(featureCount, 1));
    }
}
