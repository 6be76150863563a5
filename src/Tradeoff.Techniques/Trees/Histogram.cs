using System.Numerics;
using System.Numerics.Tensors;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Per-bin statistics of the rows of one node for a set of feature slots: for each bin the weight, then the class
/// counts (or the target sum). A 256-bit mask per slot marks the bins that received rows, so scanning, subtracting
/// and clearing cost the bins in use, not all 256: small nodes stay cheap.
/// </summary>
internal sealed class Histogram
{
    private readonly int _cellsPerSlot;

    public Histogram(int slots, int stride)
    {
        Stride = stride;
        _cellsPerSlot = BinnedData.MaxBins * stride;
        Cells = new double[(long)slots * _cellsPerSlot];
        Masks = new ulong[slots * 4];
    }

    public int Stride { get; }

    public double[] Cells { get; }

    public ulong[] Masks { get; }

    public Span<double> Slot(int slot) => Cells.AsSpan(slot * _cellsPerSlot, _cellsPerSlot);

    public Span<ulong> Mask(int slot) => Masks.AsSpan(slot * 4, 4);

    /// <summary>
    /// Adds the rows of one node to an empty slot from the bin column of its feature. <paramref name="cell"/> and
    /// <paramref name="amount"/> are per position in <paramref name="rows"/>: the statistic cell a row adds to and
    /// what it adds (its weight for a class, weight times target for regression); <paramref name="weight"/> is
    /// null for classification, whose bin weight is the sum of its class counts, saving one add per row.
    /// </summary>
    public void Accumulate(int slot, ReadOnlySpan<byte> column, ReadOnlySpan<int> rows, ReadOnlySpan<int> cell, ReadOnlySpan<double> amount, ReadOnlySpan<double> weight, int binCount)
    {
        var cells = Slot(slot);
        var stride = Stride;
        var own = Mask(slot);
        // Small nodes mark their bins row by row; large ones touch nearly every bin, so one pass over the bins after is cheaper.
        var track = rows.Length < binCount * 2;
        Span<ulong> mask = stackalloc ulong[4];
        mask.Clear();
        // Three loops rather than branches inside one: this is the hottest loop of tree growing.
        if (!weight.IsEmpty)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var b = column[rows[i]];
                var o = b * stride;
                cells[o + cell[i]] += amount[i];
                cells[o] += weight[i];
                mask[b >> 6] |= 1UL << b;
            }
        }
        else if (track)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var b = column[rows[i]];
                cells[(b * stride) + cell[i]] += amount[i];
                mask[b >> 6] |= 1UL << b;
            }
        }
        else
        {
            for (var i = 0; i < rows.Length; i++)
            {
                cells[(column[rows[i]] * stride) + cell[i]] += amount[i];
            }
        }

        if (!track && weight.IsEmpty)
        {
            for (var b = 0; b < binCount; b++)
            {
                var o = b * stride;
                var used = cells[o] != 0;
                for (var k = 1; k < stride && !used; k++)
                {
                    used = cells[o + k] != 0;
                }

                if (used)
                {
                    mask[b >> 6] |= 1UL << b;
                }
            }
        }

        for (var w = 0; w < 4; w++)
        {
            own[w] = mask[w];
        }

        if (weight.IsEmpty)
        {
            SumClasses(cells, own);
        }
    }

    /// <summary>This slot minus the same slot of <paramref name="child"/>: from a parent, the sibling of that child.</summary>
    public void Subtract(int slot, Histogram child)
    {
        var cells = Slot(slot);
        var other = child.Slot(slot);
        var stride = Stride;
        var mask = child.Mask(slot);
        var top = Top(mask);
        if (Used(mask) * 2 > top)
        {
            // Mostly full: one SIMD pass over the bins up to the highest in use beats visiting them one by one.
            TensorPrimitives.Subtract(cells[..(top * stride)], other[..(top * stride)], cells[..(top * stride)]);
            return;
        }

        foreach (var b in new SetBins(mask))
        {
            var o = b * stride;
            for (var k = 0; k < stride; k++)
            {
                cells[o + k] -= other[o + k];
            }
        }
    }

    private static int Used(ReadOnlySpan<ulong> mask) =>
        BitOperations.PopCount(mask[0]) + BitOperations.PopCount(mask[1]) + BitOperations.PopCount(mask[2]) + BitOperations.PopCount(mask[3]);

    // One past the highest bin in use.
    private static int Top(ReadOnlySpan<ulong> mask)
    {
        for (var word = 3; word >= 0; word--)
        {
            if (mask[word] != 0)
            {
                return (word << 6) + 64 - BitOperations.LeadingZeroCount(mask[word]);
            }
        }

        return 0;
    }

    private void SumClasses(Span<double> cells, ReadOnlySpan<ulong> mask)
    {
        var stride = Stride;
        foreach (var b in new SetBins(mask))
        {
            var o = b * stride;
            double total = 0;
            for (var k = 1; k < stride; k++)
            {
                total += cells[o + k];
            }

            cells[o] = total;
        }
    }

    /// <summary>Zeroes the bins in use of every slot, leaving the histogram ready for another node.</summary>
    public void Clear(int slotCount)
    {
        var stride = Stride;
        for (var slot = 0; slot < slotCount; slot++)
        {
            var cells = Slot(slot);
            var mask = Mask(slot);
            var top = Top(mask);
            if (Used(mask) * 2 > top)
            {
                cells[..(top * stride)].Clear();
                mask.Clear();
                continue;
            }

            foreach (var b in new SetBins(mask))
            {
                cells.Slice(b * stride, stride).Clear();
            }

            mask.Clear();
        }
    }
}
