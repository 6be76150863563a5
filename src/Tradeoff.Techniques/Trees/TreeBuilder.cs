namespace Tradeoff.Techniques.Trees;

/// <summary>Collects the nodes of a growing tree into the flat arrays of a <see cref="FlatTree"/>.</summary>
internal sealed class TreeBuilder(int statCount)
{
    private readonly List<TreeNode> _nodes = [];
    private readonly List<float> _values = [];
    private readonly List<uint> _masks = [];
    private readonly List<float> _weights = [];
    private readonly List<float> _gains = [];
    private readonly List<double[]> _totals = [];

    /// <summary>Reserves a node; returns its index.</summary>
    public int Add()
    {
        _nodes.Add(new TreeNode { Feature = -1, Mask = -1 });
        _weights.Add(0);
        _gains.Add(0);
        _totals.Add([]);
        return _nodes.Count - 1;
    }

    /// <summary>Records what reached a node: its weight, then the weight of each class (or the target sums).</summary>
    public void SetTotals(int index, double[] totals)
    {
        _weights[index] = (float)totals[0];
        _totals[index] = totals;
    }

    /// <summary>Per node, the totals <see cref="SetTotals"/> recorded: what pruning weighs.</summary>
    public IReadOnlyList<double[]> Totals => _totals;

    /// <summary>Makes a leaf with the class probabilities (or the mean) of <paramref name="totals"/>.</summary>
    public void MakeLeaf(int index, double[] totals)
    {
        var offset = _values.Count;
        for (var k = 0; k < statCount; k++)
        {
            _values.Add((float)(totals[1 + k] / totals[0]));
        }

        _nodes[index] = new TreeNode { Feature = -1, Next = offset, Mask = -1 };
    }

    /// <summary>Makes a split node and reserves its two children; returns the left child's index.</summary>
    public int MakeSplit(int index, in SplitCandidate split, FeatureBins bins, double gain)
    {
        var left = Add();
        Add();
        var mask = -1;
        if (bins.Nominal)
        {
            mask = _masks.Count;
            var levels = bins.ValueBins;
            _masks.Add((uint)levels);
            var words = new uint[(levels + 31) / 32];
            for (var level = 0; level < levels; level++)
            {
                if (split.Left.Contains(level))
                {
                    words[level >> 5] |= 1u << level;
                }
            }

            _masks.AddRange(words);
        }

        _nodes[index] = new TreeNode
        {
            Feature = split.Feature,
            Threshold = bins.Nominal ? 0f : bins.Thresholds[split.ThresholdBin],
            Next = left,
            Mask = mask,
            Flags = (byte)((split.MissingLeft ? TreeNode.MissingLeftFlag : 0) | (split.SawMissing ? TreeNode.SawMissingFlag : 0)),
        };
        _gains[index] = (float)gain;
        return left;
    }

    public FlatTree ToTree() => new([.. _nodes], [.. _values], [.. _masks], [.. _weights], [.. _gains], statCount);
}
