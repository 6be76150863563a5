using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>How one tree grows; shared by the decision tree and every tree of the forest.</summary>
internal sealed record TreeOptions
{
    /// <summary>Impurity for classification; regression always reduces variance.</summary>
    public SplitCriterion Criterion { get; init; } = SplitCriterion.Gini;

    /// <summary>Deepest level a split may happen at; 0 grows until the leaves are pure or too small.</summary>
    public int MaxDepth { get; init; }

    /// <summary>Fewest training rows (bootstrap counts in a forest) a leaf may hold.</summary>
    public int MinRowsPerLeaf { get; init; } = 1;

    /// <summary>Fewest rows a node needs to be split at all.</summary>
    public int MinRowsPerSplit { get; init; } = 2;

    /// <summary>Smallest impurity decrease (per row of the node; bits for entropy) a split must bring.</summary>
    public double MinGain { get; init; }

    /// <summary>Features drawn at random per node: <c>all</c>, <c>sqrt</c>, <c>log2</c>, a count or a fraction.</summary>
    public string MaxFeatures { get; init; } = "all";

    /// <summary>Bins per numeric feature, fitted as quantiles of the training values.</summary>
    public int MaxBins { get; init; } = 256;

    /// <summary>The settings a tree technique documents, with <paramref name="maxFeaturesDefault"/> as the max-features default.</summary>
    public static List<HyperparameterInfo> Hyperparameters(string maxFeaturesDefault) =>
    [
        new("criterion", "gini|entropy", "gini", "impurity of classification splits (entropy: information gain in bits); regression uses variance"),
        new("max-depth", "int", "0", "deepest split level; 0 = unlimited (grow until pure or too small)"),
        new("min-rows-per-leaf", "int", "1", "fewest training rows in a leaf"),
        new("min-rows-per-split", "int", "2", "fewest training rows a node needs to be split"),
        new("min-gain", "double", "0", "smallest impurity decrease per row a split must bring"),
        new("max-features", "all|sqrt|log2|int|fraction", maxFeaturesDefault, "features drawn at random per node"),
        new("max-bins", "int", "256", "bins per numeric feature (quantiles of the training values, 2 to 256)"),
    ];

    /// <summary>Reads the options from study settings.</summary>
    public static TreeOptions Read(TechniqueSettings settings, string maxFeaturesDefault)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new TreeOptions
        {
            Criterion = settings.GetChoice("criterion", "gini", "gini", "entropy") == "entropy" ? SplitCriterion.Entropy : SplitCriterion.Gini,
            MaxDepth = settings.GetInt("max-depth", 0, 0, 1000),
            MinRowsPerLeaf = settings.GetInt("min-rows-per-leaf", 1, 1),
            MinRowsPerSplit = settings.GetInt("min-rows-per-split", 2, 2),
            MinGain = settings.GetDouble("min-gain", 0, 0),
            MaxFeatures = settings.Values.TryGetValue("max-features", out var text) ? text : maxFeaturesDefault,
            MaxBins = settings.GetInt("max-bins", 256, 2, 256),
        };
        if (ParseMaxFeatures(options.MaxFeatures, 1000) is null)
        {
            throw new InputException($"technique '{settings.Name}': setting 'max-features' is '{options.MaxFeatures}'; expected all, sqrt, log2, a positive integer or a fraction in (0, 1].");
        }

        return options;
    }

    /// <summary>The criterion to use for <paramref name="task"/>.</summary>
    public SplitCriterion CriterionFor(TaskKind task) => task.IsClassification() ? Criterion : SplitCriterion.Variance;

    /// <summary>How many features a node draws among <paramref name="featureCount"/>.</summary>
    public int FeaturesPerNode(int featureCount) => ParseMaxFeatures(MaxFeatures, featureCount) ?? featureCount;

    private static int? ParseMaxFeatures(string text, int featureCount)
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
