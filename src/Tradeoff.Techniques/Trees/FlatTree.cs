namespace Tradeoff.Techniques.Trees;

/// <summary>
/// A fitted tree laid out for prediction: nodes in one struct array (root at 0), the leaves' outputs in one float
/// array, the left levels of nominal splits as bit masks in one uint array. Nothing is allocated per prediction.
/// </summary>
internal sealed partial class FlatTree
{
    public FlatTree(TreeNode[] nodes, float[] values, uint[] masks, float[] weights, float[] gains, int outputLength)
    {
        Nodes = nodes;
        Values = values;
        Masks = masks;
        Weights = weights;
        Gains = gains;
        OutputLength = outputLength;
    }

    public TreeNode[] Nodes { get; }

    /// <summary>Leaf outputs: class probabilities, or the mean target; <see cref="OutputLength"/> per leaf.</summary>
    public float[] Values { get; }

    /// <summary>Per nominal split: the level count n, then ceil(n / 32) words of the levels that go left.</summary>
    public uint[] Masks { get; }

    /// <summary>Training rows (bootstrap counts in a forest) that reached each node.</summary>
    public float[] Weights { get; }

    /// <summary>Impurity decrease per row of each split node; 0 for leaves.</summary>
    public float[] Gains { get; }

    public int OutputLength { get; }

    public int LeafCount => Nodes.Count(n => n.IsLeaf);

    /// <summary>
    /// The numbers the fit learned that prediction reads (docs/PROTOCOL.md, "parameters"): per split node its feature,
    /// its threshold (or left level set) and the side a missing value takes, which the fit chose from the training
    /// rows (the larger side, or the better one when rows were missing); per leaf its outputs. The per-node row
    /// weights and gains serve importance and rules, not prediction, and are not counted.
    /// </summary>
    public long ParameterCount
    {
        get
        {
            var leaves = LeafCount;
            return (3L * (Nodes.Length - leaves)) + ((long)leaves * OutputLength);
        }
    }

    /// <summary>The longest root-to-leaf path, in splits.</summary>
    public int Depth
    {
        get
        {
            var depth = new int[Nodes.Length];
            var max = 0;
            for (var i = 0; i < Nodes.Length; i++)
            {
                max = Math.Max(max, depth[i]);
                if (!Nodes[i].IsLeaf)
                {
                    depth[Nodes[i].Next] = depth[i] + 1;
                    depth[Nodes[i].Next + 1] = depth[i] + 1;
                }
            }

            return max;
        }
    }

    /// <summary>The offset in <see cref="Values"/> of the leaf <paramref name="row"/> falls into.</summary>
    public int LeafOf(ReadOnlySpan<float> row)
    {
        var nodes = Nodes;
        var i = 0;
        while (true)
        {
            ref readonly var node = ref nodes[i];
            if (node.Feature < 0)
            {
                return node.Next;
            }

            // Numeric splits inline (the common case); NaN fails the comparison and takes the learned direction.
            var value = row[node.Feature];
            var left = node.Mask < 0
                ? value <= node.Threshold || (float.IsNaN(value) && node.MissingLeft)
                : GoesLeft(in node, value);
            i = node.Next + (left ? 0 : 1);
        }
    }

    /// <summary>Whether a value goes to the left child of a split node.</summary>
    public bool GoesLeft(in TreeNode node, float value)
    {
        if (float.IsNaN(value))
        {
            return node.MissingLeft;
        }

        if (node.Mask < 0)
        {
            return value <= node.Threshold;
        }

        // A level unseen in training (beyond the mask) goes right: it is not one of the named left levels.
        var level = (int)value;
        var masks = Masks;
        return (uint)level < masks[node.Mask] && (masks[node.Mask + 1 + (level >> 5)] & (1u << level)) != 0;
    }
}
