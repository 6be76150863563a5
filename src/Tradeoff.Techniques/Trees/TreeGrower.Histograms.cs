namespace Tradeoff.Techniques.Trees;

internal sealed partial class TreeGrower
{
    // Below this many row-feature cells a node's work is too small to pay for handing it to other threads.
    private const long ParallelCells = 1 << 16;

    private bool InParallel(int rows) => _allFeatures && _parallel.MaxDegreeOfParallelism > 1 && (long)rows * _slots >= ParallelCells;

    // Runs one slot's work for every slot: on other threads when the node is large enough to pay for it, else in order.
    private void ForEachSlot(int rows, Action<int> one)
    {
        if (InParallel(rows))
        {
            Parallel.For(0, _slots, _parallel, one);
            return;
        }

        for (var slot = 0; slot < _slots; slot++)
        {
            one(slot);
        }
    }

    private Histogram Build(GrowthScratch work, int start, int end, int[] features, Histogram histogram)
    {
        var count = Gather(work, start, end);
        var classification = _data.ClassCount > 0;

        void One(int slot)
        {
            var feature = features[slot];
            var bins = _data.Features[feature];
            histogram.Accumulate(
                slot,
                _data.Column(feature),
                work.Rows.AsSpan(start, count),
                work.Cell.AsSpan(0, count),
                work.Amount.AsSpan(0, count),
                classification ? [] : work.Weight.AsSpan(0, count),
                bins.MissingBin >= 0 ? bins.ValueBins + 1 : bins.ValueBins);
        }

        ForEachSlot(end - start, One);

        return histogram;
    }

    // What each row of the node adds is gathered once per node, not once per feature.
    private int Gather(GrowthScratch work, int start, int end)
    {
        var count = end - start;
        for (var i = 0; i < count; i++)
        {
            var r = work.Rows[start + i];
            var w = work.Weights[r];
            work.Cell[i] = _data.Slots[r];
            work.Amount[i] = w * _data.Targets[r];
            work.Weight[i] = w;
        }

        return count;
    }

    private SplitCandidate FindBestSorted(GrowthScratch work, int start, int end, int[] features, double[] totals)
    {
        var count = Gather(work, start, end);
        return _criterion == SplitCriterion.Entropy
            ? FindBestSorted(new EntropyImpurity(_entropyTable!), work, start, count, features, totals)
            : FindBestSorted(new SquareImpurity(), work, start, count, features, totals);
    }

    private SplitCandidate FindBestSorted<T>(T impurity, GrowthScratch work, int start, int count, int[] features, double[] totals)
        where T : struct, IImpurity
    {
        var ordered = _data.ClassCount <= 2;
        var minLeaf = (double)_options.MinRowsPerLeaf;
        var classification = _data.ClassCount > 0;
        var candidates = _candidates;
        var parentTerms = _parentTerms;
        Array.Clear(parentTerms);
        for (var k = 1; k < totals.Length; k++)
        {
            parentTerms[k] = impurity.Term(totals[k]);
            parentTerms[0] += parentTerms[k];
        }

        // Sorted nodes are read from the block their subtree loaded.
        var block = work.Block;
        void One(int slot)
        {
            var candidate = SplitCandidate.None;
            var feature = features[slot];
            SortedSplitScan.Find(
                impurity,
                block.Column(feature),
                work.Local.AsSpan(start, count),
                work.Cell.AsSpan(0, count),
                work.Amount.AsSpan(0, count),
                classification ? [] : work.Weight.AsSpan(0, count),
                feature,
                _data.Nominal[feature],
                _data.MissingBins[feature],
                _data.Features[feature],
                totals,
                parentTerms,
                minLeaf,
                ordered,
                ref candidate);
            candidates[slot] = candidate;
        }

        ForEachSlot(count, One);

        return Best(candidates);
    }

    // Reduced in slot order, so ties go to the same feature whatever the thread scheduling.
    private static SplitCandidate Best(SplitCandidate[] candidates)
    {
        var best = SplitCandidate.None;
        foreach (var candidate in candidates)
        {
            if (candidate.IsValid && candidate.Score > best.Score)
            {
                best = candidate;
            }
        }

        return best;
    }

    private void Subtract(Histogram parent, Histogram child)
    {
        if (_parallel.MaxDegreeOfParallelism > 1 && _slots >= 64)
        {
            Parallel.For(0, _slots, _parallel, slot => parent.Subtract(slot, child));
            return;
        }

        for (var slot = 0; slot < _slots; slot++)
        {
            parent.Subtract(slot, child);
        }
    }

    private SplitCandidate FindBest(Histogram histogram, int[] features, double[] totals) =>
        _criterion == SplitCriterion.Entropy
            ? FindBest(new EntropyImpurity(_entropyTable!), histogram, features, totals)
            : FindBest(new SquareImpurity(), histogram, features, totals);

    private SplitCandidate FindBest<T>(T impurity, Histogram histogram, int[] features, double[] totals)
        where T : struct, IImpurity
    {
        var ordered = _data.ClassCount <= 2;
        var minLeaf = (double)_options.MinRowsPerLeaf;
        var candidates = _candidates;
        void One(int slot)
        {
            var candidate = SplitCandidate.None;
            var feature = features[slot];
            SplitScan.Find(impurity, histogram, slot, feature, _data.Features[feature], totals, minLeaf, ordered, ref candidate);
            candidates[slot] = candidate;
        }

        ForEachSlot((int)Math.Min(totals[0], int.MaxValue), One);

        return Best(candidates);
    }

    /// <summary>Stable partition of Rows[start..end): left rows first; returns where the right rows begin.</summary>
    private int Partition(GrowthScratch work, int start, int end, in SplitCandidate split)
    {
        var column = _data.Column(split.Feature);
        var missingBin = _data.Features[split.Feature].MissingBin;
        Span<bool> goesLeft = stackalloc bool[BinnedData.MaxBins];
        for (var b = 0; b < goesLeft.Length; b++)
        {
            goesLeft[b] = split.GoesLeft(b, missingBin);
        }

        var rows = work.Rows;
        var temp = work.Temp;
        int left = start, right = 0;
        for (var i = start; i < end; i++)
        {
            var r = rows[i];
            if (goesLeft[column[r]])
            {
                rows[left++] = r;
            }
            else
            {
                temp[right++] = r;
            }
        }

        temp.AsSpan(0, right).CopyTo(rows.AsSpan(left));
        return left;
    }

    /// <summary><see cref="Partition"/> of a node in the block: reads the bins there and moves Local with Rows.</summary>
    private int PartitionInBlock(GrowthScratch work, int start, int end, in SplitCandidate split)
    {
        var column = work.Block.Column(split.Feature);
        var missingBin = _data.MissingBins[split.Feature];
        Span<bool> goesLeft = stackalloc bool[BinnedData.MaxBins];
        for (var b = 0; b < goesLeft.Length; b++)
        {
            goesLeft[b] = split.GoesLeft(b, missingBin);
        }

        var rows = work.Rows;
        var local = work.Local;
        var temp = work.Temp;
        var tempLocal = work.TempLocal;
        int left = start, right = 0;
        for (var i = start; i < end; i++)
        {
            var r = rows[i];
            var l = local[i];
            if (goesLeft[column[l]])
            {
                rows[left] = r;
                local[left++] = l;
            }
            else
            {
                temp[right] = r;
                tempLocal[right++] = l;
            }
        }

        temp.AsSpan(0, right).CopyTo(rows.AsSpan(left));
        tempLocal.AsSpan(0, right).CopyTo(local.AsSpan(left));
        return left;
    }
}
