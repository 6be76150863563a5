namespace Tradeoff.Techniques.Trees;

/// <summary>The features each node of one tree considers: all of them, or a subset drawn by the tree's own random source.</summary>
internal sealed class FeatureDraws(Random random, int featureCount)
{
    private readonly int[] _permutation = Enumerable.Range(0, featureCount).ToArray();
    private int[]? _drawn;

    /// <summary>
    /// The features a node considers: all of them in order, or <paramref name="count"/> drawn without replacement
    /// (a partial Fisher-Yates shuffle). The returned array is reused by the next draw.
    /// </summary>
    public int[] Next(int count, bool all)
    {
        if (all)
        {
            return _permutation;
        }

        _drawn ??= new int[count];
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, _permutation.Length);
            (_permutation[i], _permutation[j]) = (_permutation[j], _permutation[i]);
            _drawn[i] = _permutation[i];
        }

        return _drawn;
    }
}
