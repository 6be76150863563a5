using System.Globalization;
using System.Text;

namespace Tradeoff.Techniques.Trees;

/// <summary>Renders a fitted tree for a person: as IF-THEN rules (one per leaf) and as an indented tree.</summary>
internal static class TreeRenderer
{
    /// <summary>One rule per leaf, left branches first: <c>IF outlook = sunny AND humidity = high THEN play = no (3 rows, 100%)</c>.</summary>
    public static string Rules(FlatTree tree, TreeSchema schema, IReadOnlyList<string> featureNames)
    {
        var text = new StringBuilder();
        foreach (var (conditions, leaf) in Paths(tree))
        {
            var premise = conditions.Count == 0
                ? "TRUE"
                : string.Join(" AND ", conditions.Select(c => c.Describe(Name(featureNames, c.Feature), schema.Levels[c.Feature])));
            text.Append("IF ").Append(premise).Append(" THEN ").Append(Leaf(tree, schema, leaf)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The tree indented one <c>|   </c> per level (Weka's layout); a branch that ends in a leaf shows its outcome.</summary>
    public static string Indented(FlatTree tree, TreeSchema schema, IReadOnlyList<string> featureNames)
    {
        var text = new StringBuilder();
        if (tree.Nodes[0].IsLeaf)
        {
            return Leaf(tree, schema, 0) + "\n";
        }

        Write(tree, schema, featureNames, 0, 0, text);
        return text.ToString();
    }

    /// <summary>Every root-to-leaf path with its merged conditions, left branches first.</summary>
    public static IEnumerable<(List<PathCondition> Conditions, int Leaf)> Paths(FlatTree tree)
    {
        var stack = new Stack<(int Node, List<PathCondition> Conditions)>();
        stack.Push((0, []));
        while (stack.Count > 0)
        {
            var (index, conditions) = stack.Pop();
            var node = tree.Nodes[index];
            if (node.IsLeaf)
            {
                yield return (conditions, index);
                continue;
            }

            stack.Push((node.Next + 1, With(conditions, PathCondition.Of(tree, node, left: false))));
            stack.Push((node.Next, With(conditions, PathCondition.Of(tree, node, left: true))));
        }
    }

    /// <summary>The outcome of a leaf: <c>play = no (3 rows, 100%)</c>, or <c>price = 12.5 (8 rows)</c>.</summary>
    public static string Leaf(FlatTree tree, TreeSchema schema, int index)
    {
        var node = tree.Nodes[index];
        var weight = tree.Weights[index];
        var rows = weight.ToString("0.##", CultureInfo.InvariantCulture) + (weight == 1 ? " row" : " rows");
        var values = tree.Values.AsSpan(node.Next, tree.OutputLength);
        if (schema.ClassNames.Length == 0)
        {
            return $"{schema.TargetName} = {PathCondition.Number(values[0])} ({rows})";
        }

        var best = 0;
        for (var k = 1; k < values.Length; k++)
        {
            best = values[k] > values[best] ? k : best;
        }

        var percent = (values[best] * 100).ToString("0", CultureInfo.InvariantCulture);
        return $"{schema.TargetName} = {schema.ClassNames[best]} ({rows}, {percent}%)";
    }

    private static void Write(FlatTree tree, TreeSchema schema, IReadOnlyList<string> names, int index, int depth, StringBuilder text)
    {
        var node = tree.Nodes[index];
        foreach (var left in new[] { true, false })
        {
            var child = node.Next + (left ? 0 : 1);
            var condition = PathCondition.Of(tree, node, left).Describe(Name(names, node.Feature), schema.Levels[node.Feature]);
            text.Insert(text.Length, "|   ", depth).Append(condition);
            if (tree.Nodes[child].IsLeaf)
            {
                text.Append(": ").Append(Leaf(tree, schema, child)).Append('\n');
            }
            else
            {
                text.Append('\n');
                Write(tree, schema, names, child, depth + 1, text);
            }
        }
    }

    private static List<PathCondition> With(List<PathCondition> conditions, PathCondition added)
    {
        var result = new List<PathCondition>(conditions);
        var at = result.FindIndex(c => c.Feature == added.Feature);
        if (at >= 0)
        {
            result[at] = result[at].And(added);
        }
        else
        {
            result.Add(added);
        }

        return result;
    }

    private static string Name(IReadOnlyList<string> names, int feature) =>
        feature < names.Count ? names[feature] : "x" + feature.ToString(CultureInfo.InvariantCulture);
}
