using System.Globalization;
using System.Text;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>A fitted decision tree: predicts over flat arrays and reads as rules in the names it was fitted with.</summary>
internal sealed class DecisionTreeModel : IModel, IExplainableModel
{
    public DecisionTreeModel(TreeSchema schema, FlatTree tree, SplitCriterion criterion)
    {
        Schema = schema;
        Tree = tree;
        Criterion = criterion;
        Complexity = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["nodes"] = tree.Nodes.Length,
            ["leaves"] = LeafCount,
            ["depth"] = Depth,
            ["rules"] = RuleCount,
            ["mean-rule-length"] = MeanRuleLength,
        };
    }

    public TreeSchema Schema { get; }

    public FlatTree Tree { get; }

    public SplitCriterion Criterion { get; }

    public int OutputLength => Tree.OutputLength;

    /// <summary>Each split counts 3 (its feature, its threshold or level set, its missing side); each leaf its outputs (classes, or 1).</summary>
    public long ParameterCount => Tree.ParameterCount;

    public int LeafCount => Tree.LeafCount;

    public int Depth => Tree.Depth;

    /// <summary>One rule per leaf.</summary>
    public int RuleCount => LeafCount;

    /// <summary>Mean number of conditions per rule, after merging repeated tests of one feature.</summary>
    public double MeanRuleLength => TreeRenderer.Paths(Tree).Average(p => p.Conditions.Count);

    public IReadOnlyDictionary<string, double> Complexity { get; }

    public void Predict(ReadOnlySpan<float> features, Span<float> output) =>
        Tree.Values.AsSpan(Tree.LeafOf(features), Tree.OutputLength).CopyTo(output);

    /// <summary>The IF-THEN rules in the feature names the model was fitted with.</summary>
    public string ToRules() => ToRules(Schema.FeatureNames);

    /// <summary>The IF-THEN rules with other names for the features (same order as at fitting).</summary>
    public string ToRules(IReadOnlyList<string> featureNames) => TreeRenderer.Rules(Tree, Schema, featureNames);

    /// <summary>The indented tree in the feature names the model was fitted with.</summary>
    public string ToTree() => ToTree(Schema.FeatureNames);

    /// <summary>The indented tree with other names for the features.</summary>
    public string ToTree(IReadOnlyList<string> featureNames) => TreeRenderer.Indented(Tree, Schema, featureNames);

    public string Explain()
    {
        var criterion = Criterion.ToString().ToLowerInvariant();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Decision tree ({criterion}): {LeafCount} leaves, depth {Depth}, {RuleCount} rules of {MeanRuleLength:0.##} conditions on average.\n\n");
        text.Append("Rules:\n").Append(ToRules()).Append("\nTree:\n").Append(ToTree());
        return text.ToString();
    }

    public void Save(Stream stream) => DecisionTreeTechnique.Save(this, stream);

    public void Dispose()
    {
    }
}
