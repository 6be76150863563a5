using System.Collections;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// The rows of a data set's features (<see cref="CodedRows"/>: a byte per value for a feature of at most 256 values)
/// as ML.NET enumerates them. Each enumerator fills one reused row object, so a pass over 60,000 rows allocates
/// nothing per row: ML.NET copies the array into its own buffer when it reads the column, and a data view built on an
/// enumerable creates one enumerator per cursor. The coded rows spare the featurized columns' arrays, which reading
/// them whole would make and the shared featurization would keep (188 MB for Fashion-MNIST, 47 MB coded).
/// </summary>
/// <remarks>
/// It also checks the fit's cancellation token every few thousand rows: ML.NET 5 takes no token (its
/// CancelExecution is internal), so a trainer that passes over the data again and again stops at its next pass.
/// </remarks>
internal sealed class RowSource<TLabel>(CodedRows rows, TLabel[] labels, CancellationToken token) : IEnumerable<LabeledRow<TLabel>>
{
    public IEnumerator<LabeledRow<TLabel>> GetEnumerator()
    {
        var row = new LabeledRow<TLabel> { Features = new float[rows.Width] };
        for (var r = 0; r < labels.Length; r++)
        {
            if ((r & 4095) == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            rows.CopyRow(r, row.Features);
            row.Label = labels[r];
            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
