namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The arrays growing a tree works in, sized for every row of the data once and reused by the trees a thread grows
/// one after another: a forest's worker grew each of its trees in arrays of its own (the rows, their weights, the
/// partition's and the histograms' scratch: about 1.8 MB per tree on Fashion-MNIST, in the large object heap), 180 MB
/// of garbage per forest of 100 trees that only a full collection frees, so that the resident memory of the forest's
/// stages rose by as much. Every array is written before it is read, so what an earlier tree left does not matter.
/// </summary>
internal sealed class GrowthScratch : IDisposable
{
    public GrowthScratch(int rowCount, int featureCount)
    {
        Rows = new int[rowCount];
        Weights = new double[rowCount];
        Temp = new int[rowCount];
        Local = new int[rowCount];
        TempLocal = new int[rowCount];
        Cell = new int[rowCount];
        Amount = new double[rowCount];
        Weight = new double[rowCount];
        Block = new NodeBlock(featureCount, rowCount);
    }

    /// <summary>The rows of the tree being grown, first of all (the grower says how many); each node owns a contiguous range.</summary>
    public int[] Rows { get; }

    /// <summary>Every data row's weight for the tree being grown (0 for a row it does not use).</summary>
    public double[] Weights { get; }

    /// <summary>Scratch for a stable partition of <see cref="Rows"/>.</summary>
    public int[] Temp { get; }

    /// <summary>Per position of a node in <see cref="Block"/>: its row's index in the block's columns (partitioned with <see cref="Rows"/>).</summary>
    public int[] Local { get; }

    /// <summary>Scratch for partitioning <see cref="Local"/>.</summary>
    public int[] TempLocal { get; }

    /// <summary>Per position in the node being built: the histogram cell of the row's target.</summary>
    public int[] Cell { get; }

    /// <summary>Per position: what the row adds to that cell.</summary>
    public double[] Amount { get; }

    /// <summary>Per position: the row's weight.</summary>
    public double[] Weight { get; }

    /// <summary>The bins of the small node whose subtree is growing.</summary>
    public NodeBlock Block { get; }

    public void Dispose() => Block.Dispose();
}
