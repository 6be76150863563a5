namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Grows one CART tree on binned data, depth first. With every feature in play (a decision tree) each split builds
/// the histograms of the smaller child only and derives the larger one by subtraction from the parent, features in
/// parallel; with a random feature subset per node (a forest) it builds the drawn features' histograms directly,
/// single-threaded, since the forest runs trees in parallel instead.
/// </summary>
internal sealed partial class TreeGrower
{
    // Histograms kept for pending nodes; beyond this budget a node rebuilds its histograms from its rows.
    private const long HistogramBudgetBytes = 256L << 20;

    private readonly BinnedData _data;
    private readonly TreeOptions _options;
    private readonly SplitCriterion _criterion;
    private readonly double[]? _entropyTable;
    private readonly int _slots;
    private readonly bool _allFeatures;
    private readonly ParallelOptions _parallel;
    private readonly Stack<Histogram> _pool = new();
    private readonly int _maxHistograms;
    private readonly double[] _importance;

    // Per-node scratch, reused: a forest grows thousands of nodes per tree.
    private readonly SplitCandidate[] _candidates;
    private readonly double[] _parentTerms;
    private int _rented;

    public TreeGrower(BinnedData data, TreeOptions options, SplitCriterion criterion, double[]? entropyTable, int threads, CancellationToken cancellationToken)
    {
        _data = data;
        _options = options;
        _criterion = criterion;
        _entropyTable = entropyTable;
        var featureCount = data.Features.Length;
        _slots = options.FeaturesPerNode(featureCount);
        _allFeatures = _slots >= featureCount;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(threads, 1), CancellationToken = cancellationToken };
        var bytes = (long)_slots * BinnedData.MaxBins * data.Stride * sizeof(double);
        _maxHistograms = (int)Math.Clamp(HistogramBudgetBytes / Math.Max(bytes, 1), 2, 64);
        _importance = new double[featureCount];
        _candidates = new SplitCandidate[_slots];
        _parentTerms = new double[data.Stride];
    }

    /// <summary>Impurity decrease times node weight, summed per feature over this grower's splits.</summary>
    public double[] Importance => _importance;

    /// <summary>
    /// Grows a tree on the first <paramref name="count"/> of <paramref name="work"/>'s rows (ascending, each with a
    /// positive weight; reordered in place) with its weights per data row (1, or bootstrap counts);
    /// <paramref name="random"/> draws feature subsets. A classification tree is then pruned as
    /// <paramref name="pruning"/> says; the forest passes none and keeps its trees as grown (Breiman's and Weka's
    /// RandomForest do not prune).
    /// </summary>
    public FlatTree Grow(GrowthScratch work, int count, Random random, TreePruning? pruning = null)
    {
        var output = new TreeBuilder(_data.StatCount);
        var draws = new FeatureDraws(random, _data.Features.Length);
        var root = new PendingNode(output.Add(), 0, count, 0, null, Totals(work, 0, count), InBlock: false);
        var stack = new Stack<PendingNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            _parallel.CancellationToken.ThrowIfCancellationRequested();
            var node = stack.Pop();
            output.SetTotals(node.Index, node.Totals);
            if (!CanSplit(node))
            {
                Release(node.Histogram);
                output.MakeLeaf(node.Index, node.Totals);
                continue;
            }

            var features = draws.Next(_slots, _allFeatures);
            Histogram? histogram = null;
            SplitCandidate best;
            if (Small(node))
            {
                Release(node.Histogram);
                if (!node.InBlock)
                {
                    work.Block.Load(_data, work.Rows.AsSpan(node.Start, node.End - node.Start), work.Local.AsSpan(node.Start, node.End - node.Start));
                    node = node with { InBlock = true };
                }

                best = FindBestSorted(work, node.Start, node.End, features, node.Totals);
            }
            else
            {
                histogram = node.Histogram ?? Build(work, node.Start, node.End, features, Rent());
                best = FindBest(histogram, features, node.Totals);
            }

            var gain = best.IsValid ? (best.Score - ParentScore(node.Totals)) / node.Totals[0] : 0;
            if (!best.IsValid || gain <= _options.MinGain + 1e-12)
            {
                Release(histogram);
                output.MakeLeaf(node.Index, node.Totals);
                continue;
            }

            var middle = node.InBlock ? PartitionInBlock(work, node.Start, node.End, best) : Partition(work, node.Start, node.End, best);
            var bins = _data.Features[best.Feature];
            var left = output.MakeSplit(node.Index, best, bins, gain);
            _importance[best.Feature] += gain * node.Totals[0];
            var leftNode = new PendingNode(left, node.Start, middle, node.Depth + 1, null, Totals(work, node.Start, middle), node.InBlock);
            var rightNode = new PendingNode(left + 1, middle, node.End, node.Depth + 1, null, Totals(work, middle, node.End), node.InBlock);
            PushChildren(stack, work, features, histogram, leftNode, rightNode);
        }

        var tree = output.ToTree();
        return pruning is null || _data.ClassCount == 0 ? tree : TreePruner.Prune(tree, output.Totals, pruning);
    }

    private static bool Small(PendingNode node) => node.End - node.Start <= SortedSplitScan.MaxRows;

    private void PushChildren(Stack<PendingNode> stack, GrowthScratch work, int[] features, Histogram? parent, PendingNode left, PendingNode right)
    {
        var smallIsLeft = left.End - left.Start <= right.End - right.Start;
        var small = smallIsLeft ? left : right;
        var large = smallIsLeft ? right : left;
        var needSmall = CanSplit(small) && !Small(small);
        var needLarge = CanSplit(large) && !Small(large);
        if (parent is null)
        {
            // A small node's children are small too: they sort their rows instead.
        }
        else if (_allFeatures && needSmall && needLarge && TryRent() is { } own)
        {
            small = small with { Histogram = Build(work, small.Start, small.End, features, own) };
            Subtract(parent, small.Histogram);
            large = large with { Histogram = parent };
        }
        else if (_allFeatures && (needSmall || needLarge))
        {
            parent.Clear(_slots);
            if (needSmall)
            {
                small = small with { Histogram = Build(work, small.Start, small.End, features, parent) };
            }
            else
            {
                large = large with { Histogram = Build(work, large.Start, large.End, features, parent) };
            }
        }
        else
        {
            Release(parent);
        }

        stack.Push(large);
        stack.Push(small);
    }

    private bool CanSplit(PendingNode node)
    {
        var weight = node.Totals[0];
        if ((_options.MaxDepth > 0 && node.Depth >= _options.MaxDepth) || weight < _options.MinRowsPerSplit || weight < 2 * _options.MinRowsPerLeaf)
        {
            return false;
        }

        if (_data.ClassCount == 0)
        {
            return true;
        }

        var present = 0;
        for (var k = 1; k < node.Totals.Length; k++)
        {
            present += node.Totals[k] > 0 ? 1 : 0;
        }

        return present > 1;
    }

    private double[] Totals(GrowthScratch work, int start, int end)
    {
        var totals = new double[_data.Stride];
        var cellOf = _data.Slots;
        var targets = _data.Targets;
        foreach (var r in work.Rows.AsSpan(start, end - start))
        {
            var w = work.Weights[r];
            totals[0] += w;
            totals[cellOf[r]] += w * targets[r];
        }

        return totals;
    }

    private double ParentScore(double[] totals)
    {
        double terms = 0;
        for (var k = 1; k < totals.Length; k++)
        {
            terms += _criterion == SplitCriterion.Entropy ? new EntropyImpurity(_entropyTable!).Term(totals[k]) : totals[k] * totals[k];
        }

        return _criterion == SplitCriterion.Entropy
            ? new EntropyImpurity(_entropyTable!).ParentScore(terms, totals[0])
            : new SquareImpurity().ParentScore(terms, totals[0]);
    }

    private Histogram Rent()
    {
        _rented++;
        return _pool.Count > 0 ? _pool.Pop() : new Histogram(_slots, _data.Stride);
    }

    private Histogram? TryRent() => _rented < _maxHistograms ? Rent() : null;

    private void Release(Histogram? histogram)
    {
        if (histogram is null)
        {
            return;
        }

        histogram.Clear(_slots);
        _rented--;
        _pool.Push(histogram);
    }

    /// <summary>
    /// A node waiting to be split or made a leaf: its rows are Rows[Start..End); <paramref name="InBlock"/> when their
    /// bins are in the growth's <see cref="NodeBlock"/> (a small node's descendants), at Local[Start..End).
    /// </summary>
    private sealed record PendingNode(int Index, int Start, int End, int Depth, Histogram? Histogram, double[] Totals, bool InBlock);
}
