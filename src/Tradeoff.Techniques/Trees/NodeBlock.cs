using System.Buffers;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The bins of one small node's rows for every feature, feature by feature (column-major over the node's rows),
/// copied once when growth first reaches a node of at most <see cref="MaxRows"/> rows: that node and all its
/// descendants read their bins here, in a block that stays in cache, instead of gathering them from the full
/// columns at a cache miss per row and feature (the profile put half the forest's split search on that gather).
/// Growth is depth first, so a block's subtree is done before the next block is loaded: one buffer serves a tree.
/// </summary>
internal sealed class NodeBlock : IDisposable
{
    /// <summary>The most rows a block holds: the nodes whose splits are found by sorting (<see cref="SortedSplitScan"/>).</summary>
    public const int MaxRows = SortedSplitScan.MaxRows;

    private readonly byte[] _bins;
    private readonly int _featureCount;
    private int _rows;

    public NodeBlock(int featureCount, int maxRows)
    {
        _featureCount = featureCount;
        _bins = ArrayPool<byte>.Shared.Rent(Math.Max(featureCount * Math.Min(maxRows, MaxRows), 1));
    }

    /// <summary>
    /// Copies the bins of <paramref name="rows"/> (at most <see cref="MaxRows"/>) from <paramref name="data"/> and
    /// numbers them 0, 1, ... in <paramref name="local"/>, the row's index in every column of the block.
    /// </summary>
    public void Load(BinnedData data, ReadOnlySpan<int> rows, Span<int> local)
    {
        var source = data.RowMajor;
        var width = _featureCount;
        var m = rows.Length;
        _rows = m;
        var bins = _bins.AsSpan(0, width * m);
        var fullRows = m & ~7;
        var fullFeatures = width & ~7;
        Span<ulong> words = stackalloc ulong[8];
        for (var j = 0; j < fullRows; j += 8)
        {
            for (var f = 0; f < fullFeatures; f += 8)
            {
                for (var i = 0; i < 8; i++)
                {
                    words[i] = ByteTranspose.Read(source, ((long)rows[j + i] * width) + f);
                }

                ByteTranspose.Transpose(words);
                for (var k = 0; k < 8; k++)
                {
                    ByteTranspose.Write(bins, ((f + k) * m) + j, words[k]);
                }
            }

            for (var i = 0; i < 8; i++)
            {
                Copy(source, rows[j + i], j + i, fullFeatures);
            }
        }

        for (var j = fullRows; j < m; j++)
        {
            Copy(source, rows[j], j, 0);
        }

        for (var j = 0; j < m; j++)
        {
            local[j] = j;
        }
    }

    // Copies the bins of one row from feature `from` on, one byte at a time (the rows and features past the 8 x 8 tiles).
    private void Copy(byte[] source, int row, int localRow, int from)
    {
        var width = _featureCount;
        var m = _rows;
        var start = (long)row * width;
        for (var f = from; f < width; f++)
        {
            _bins[(f * m) + localRow] = source[start + f];
        }
    }

    /// <summary>The bins of <paramref name="feature"/> of the loaded rows, indexed by their local number.</summary>
    public ReadOnlySpan<byte> Column(int feature) => _bins.AsSpan(feature * _rows, _rows);

    public void Dispose() => ArrayPool<byte>.Shared.Return(_bins);
}
