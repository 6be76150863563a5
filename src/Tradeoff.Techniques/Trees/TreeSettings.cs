using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The settings of a tree technique, declared once for the decision tree and the forest; they differ only in the
/// default of max-features (and each searches its own ranges).
/// </summary>
internal sealed class TreeSettings
{
    public TreeSettings(string maxFeaturesDefault)
    {
        MaxFeatures = SettingDeclaration.Text(
            "max-features",
            maxFeaturesDefault,
            "all|sqrt|log2|int|fraction",
            "features drawn at random per node",
            "all, sqrt, log2, a positive integer or a fraction in (0, 1]",
            text => TreeOptions.ParseMaxFeatures(text, 1000) is not null);
    }

    public static SettingDeclaration<string> Criterion { get; } = SettingDeclaration.Choice(
        "criterion", "gini", "impurity of classification splits (entropy: information gain in bits); regression uses variance", "gini", "entropy");

    public static SettingDeclaration<int> MaxDepth { get; } =
        SettingDeclaration.Int("max-depth", 0, "deepest split level; 0 = unlimited (grow until pure or too small)", min: 0, max: 1000);

    public static SettingDeclaration<int> MinRowsPerLeaf { get; } = SettingDeclaration.Int("min-rows-per-leaf", 1, "fewest training rows in a leaf", min: 1);

    public static SettingDeclaration<int> MinRowsPerSplit { get; } =
        SettingDeclaration.Int("min-rows-per-split", 2, "fewest training rows a node needs to be split", min: 2);

    public static SettingDeclaration<double> MinGain { get; } = SettingDeclaration.Real("min-gain", 0, "smallest impurity decrease per row a split must bring", min: 0);

    public static SettingDeclaration<int> MaxBins { get; } =
        SettingDeclaration.Int("max-bins", 256, "bins per numeric feature (quantiles of the training values, 2 to 256)", min: 2, max: 256);

    public SettingDeclaration<string> MaxFeatures { get; }

    /// <summary>The declarations, in the order <c>tradeoff techniques --details</c> lists them.</summary>
    public IReadOnlyList<SettingDeclaration> All => [Criterion, MaxDepth, MinRowsPerLeaf, MinRowsPerSplit, MinGain, MaxFeatures, MaxBins];

    /// <summary>The split criterion a criterion setting names.</summary>
    public static SplitCriterion CriterionOf(string text) => text == "entropy" ? SplitCriterion.Entropy : SplitCriterion.Gini;

    /// <summary>The options <paramref name="settings"/> give, with the declared defaults for the others.</summary>
    public TreeOptions Read(TechniqueSettings settings) => new()
    {
        Criterion = CriterionOf(Criterion.Read(settings)),
        MaxDepth = MaxDepth.Read(settings),
        MinRowsPerLeaf = MinRowsPerLeaf.Read(settings),
        MinRowsPerSplit = MinRowsPerSplit.Read(settings),
        MinGain = MinGain.Read(settings),
        MaxFeatures = MaxFeatures.Read(settings),
        MaxBins = MaxBins.Read(settings),
    };
}
