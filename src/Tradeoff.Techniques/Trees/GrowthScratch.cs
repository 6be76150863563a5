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

    /// <summary>The rows of the tree being grown, first of all; the grower says how many.</summary>
    public int[] Rows { get; }

    /// <summary>Every data row's weight for the tree being grown (0 for a row it does not use).</summary>
    public double[] Weights { get; }

    public int[] Temp { get; }

    public int[] Local { get; }

    public int[] TempLocal { get; }

    public int[] Cell { get; }

    public double[] Amount { get; }

    public double[] Weight { get; }

    public NodeBlock Block { get; }

    public void Dispose() => Block.Dispose();
}
