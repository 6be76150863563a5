using System.Globalization;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// What a path from the root says about one feature, with repeated tests of that feature merged: a numeric range
/// (low, high], or the set of levels still allowed; and whether a missing value takes this path.
/// </summary>
internal sealed record PathCondition(int Feature, double Low, double High, bool[]? Levels, bool MissingAllowed, bool MissingMentioned)
{
    /// <summary>The condition of taking one branch of <paramref name="node"/>.</summary>
    public static PathCondition Of(FlatTree tree, in TreeNode node, bool left)
    {
        var missing = node.MissingLeft == left;
        if (node.Mask < 0)
        {
            return new PathCondition(
                node.Feature,
                left ? double.NegativeInfinity : node.Threshold,
                left ? node.Threshold : double.PositiveInfinity,
                null,
                missing,
                node.SawMissing);
        }

        var count = (int)tree.Masks[node.Mask];
        var levels = new bool[count];
        for (var level = 0; level < count; level++)
        {
            var inLeft = (tree.Masks[node.Mask + 1 + (level >> 5)] & (1u << level)) != 0;
            levels[level] = inLeft == left;
        }

        return new PathCondition(node.Feature, double.NaN, double.NaN, levels, missing, node.SawMissing);
    }

    /// <summary>Both conditions at once (same feature).</summary>
    public PathCondition And(PathCondition other)
    {
        bool[]? levels = null;
        if (Levels is not null && other.Levels is not null)
        {
            levels = new bool[Levels.Length];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = Levels[i] && other.Levels[i];
            }
        }

        return new PathCondition(
            Feature,
            Math.Max(Low, other.Low),
            Math.Min(High, other.High),
            levels,
            MissingAllowed && other.MissingAllowed,
            MissingMentioned || other.MissingMentioned);
    }

    /// <summary>The condition in words: <c>outlook = sunny</c>, <c>humidity &lt;= 75</c>, <c>10 &lt; age &lt;= 30</c>.</summary>
    public string Describe(string name, IReadOnlyList<string> levelNames)
    {
        string text;
        if (Levels is not null)
        {
            var allowed = Enumerable.Range(0, Levels.Length).Where(i => Levels[i]).ToList();
            var excluded = Enumerable.Range(0, Levels.Length).Where(i => !Levels[i]).ToList();
            string Level(int i) => i < levelNames.Count ? levelNames[i] : i.ToString(CultureInfo.InvariantCulture);
            text = allowed.Count == 1 ? $"{name} = {Level(allowed[0])}"
                : excluded.Count == 1 ? $"{name} != {Level(excluded[0])}"
                : $"{name} in {{{string.Join(", ", allowed.Select(Level))}}}";
        }
        else if (double.IsNegativeInfinity(Low))
        {
            text = $"{name} <= {Number(High)}";
        }
        else if (double.IsPositiveInfinity(High))
        {
            text = $"{name} > {Number(Low)}";
        }
        else
        {
            text = $"{Number(Low)} < {name} <= {Number(High)}";
        }

        return MissingMentioned && MissingAllowed ? text + " (or missing)" : text;
    }

    public static string Number(double value) => value.ToString("G5", CultureInfo.InvariantCulture);
}
