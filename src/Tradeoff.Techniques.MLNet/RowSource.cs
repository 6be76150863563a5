using System.Collections;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// The rows of column-major features (one array per feature, the data set's own) as ML.NET enumerates them. Each
/// enumerator fills one reused row object, so a pass over 60,000 rows allocates nothing per row: ML.NET copies the
/// array into its own buffer when it reads the column, and a data view built on an enumerable creates one enumerator
/// per cursor. Reading the columns directly spares a row-major copy of the whole matrix per fit (188 MB for
/// Fashion-MNIST).
/// </summary>
/// <remarks>
/// It also checks the fit's cancellation token every few thousand rows: ML.NET 5 takes no token (its
/// CancelExecution is internal), so a trainer that passes over the data again and again stops at its next pass.
/// </remarks>
internal sealed class RowSource<TLabel>(float[][] columns, TLabel[] labels, CancellationToken token) : IEnumerable<LabeledRow<TLabel>>
{
    // Rows gathered per block: the block (64 x 784 floats for Fashion-MNIST, 200 KB) stays in cache while it is filled
    // column by column, each column read sequentially; reading one value of every column per row would miss the cache
    // on each.
    private const int BlockRows = 64;

    public IEnumerator<LabeledRow<TLabel>> GetEnumerator()
    {
        var width = columns.Length;
        var row = new LabeledRow<TLabel> { Features = new float[width] };
        var block = new float[BlockRows * width];
        for (var start = 0; start < labels.Length; start += BlockRows)
        {
            if ((start & 4095) == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            var count = Math.Min(BlockRows, labels.Length - start);
            for (var f = 0; f < width; f++)
            {
                var column = columns[f].AsSpan(start, count);
                for (var i = 0; i < count; i++)
                {
                    block[(i * width) + f] = column[i];
                }
            }

            for (var i = 0; i < count; i++)
            {
                Array.Copy(block, i * width, row.Features, 0, width);
                row.Label = labels[start + i];
                yield return row;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
