namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The mutable state of growing one tree: its rows (partitioned in place), weights and random draws, in a
/// <see cref="GrowthScratch"/> that trees grown one after another on a thread share.
/// </summary>
internal sealed class GrowthState
{
    private readonly int[] _permutation;
    private int[]? _drawn;

    public GrowthState(GrowthScratch scratch, Random random, int featureCount)
    {
        Rows = scratch.Rows;
        Weights = scratch.Weights;
        Random = random;
        Temp = scratch.Temp;
        Local = scratch.Local;
        TempLocal = scratch.TempLocal;
        Block = scratch.Block;
        Cell = scratch.Cell;
        Amount = scratch.Amount;
        Weight = scratch.Weight;
        _permutation = Enumerable.Range(0, featureCount).ToArray();
    }

    /// <summary>Row indices; each node owns a contiguous range.</summary>
    public int[] Rows { get; }

    /// <summary>Scratch for a stable partition.</summary>
    public int[] Temp { get; }

    /// <summary>Per position of a node in <see cref="Block"/>: its row's index in the block's columns (partitioned with <see cref="Rows"/>).</summary>
    public int[] Local { get; }

    /// <summary>Scratch for partitioning <see cref="Local"/>.</summary>
    public int[] TempLocal { get; }

    /// <summary>The bins of the small node whose subtree is growing.</summary>
    public NodeBlock Block { get; }

    public double[] Weights { get; }

    /// <summary>Per position in the node being built: the histogram cell of the row's target.</summary>
    public int[] Cell { get; }

    /// <summary>Per position: what the row adds to that cell.</summary>
    public double[] Amount { get; }

    /// <summary>Per position: the row's weight.</summary>
    public double[] Weight { get; }

    public Random Random { get; }

    /// <summary>
    /// The features a node considers: all of them in order, or <paramref name="count"/> drawn without replacement
    /// (a partial Fisher-Yates shuffle). The returned array is reused by the next draw.
    /// </summary>
    public int[] DrawFeatures(int count, bool all)
    {
        if (all)
        {
            return _permutation;
        }

        _drawn ??= new int[count];
        for (var i = 0; i < count; i++)
        {
            var j = Random.Next(i, _permutation.Length);
            (_permutation[i], _permutation[j]) = (_permutation[j], _permutation[i]);
            _drawn[i] = _permutation[i];
        }

        return _drawn;
    }
}
