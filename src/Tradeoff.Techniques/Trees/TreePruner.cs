namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Prunes a grown classification tree as Weka's J48 does (C45PruneableClassifierTree's collapse, then prune by
/// subtree replacement): a split goes when its subtree makes no fewer training errors than the node as a leaf, and,
/// with pruning on, when the node as a leaf has a pessimistic error estimate no more than 0.1 above its subtree's.
/// J48's subtree raising (replacing a node by its largest branch, re-sorting the rows into it) is not done.
/// </summary>
internal static class TreePruner
{
    /// <summary>
    /// The pruned form of <paramref name="tree"/>, given per node the <paramref name="totals"/> it was grown from
    /// (weight, then the weight of each class).
    /// </summary>
    public static FlatTree Prune(FlatTree tree, IReadOnlyList<double[]> totals, TreePruning pruning)
    {
        var nodes = tree.Nodes;
        var leaf = new bool[nodes.Length];
        var trainingErrors = new double[nodes.Length];
        var estimated = new double[nodes.Length];
        var pessimistic = new PessimisticError(pruning.ConfidenceLevel);

        // Children are stored after their parent, so walking the nodes backwards sees every subtree before its root.
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            var asLeaf = PessimisticError.TrainingErrors(totals[i]);
            var estimatedAsLeaf = pruning.Enabled ? pessimistic.OfLeaf(totals[i]) : 0;
            if (nodes[i].IsLeaf)
            {
                (leaf[i], trainingErrors[i], estimated[i]) = (true, asLeaf, estimatedAsLeaf);
                continue;
            }

            var left = nodes[i].Next;

            // Of the subtree as grown: J48 decides the collapse top-down, before any node below is collapsed.
            trainingErrors[i] = trainingErrors[left] + trainingErrors[left + 1];
            var subtreeEstimate = estimated[left] + estimated[left + 1];
            leaf[i] = trainingErrors[i] >= asLeaf - 1e-3 || (pruning.Enabled && estimatedAsLeaf <= subtreeEstimate + 0.1);
            estimated[i] = leaf[i] ? estimatedAsLeaf : subtreeEstimate;
        }

        return Rebuild(tree, leaf, totals);
    }

    // Lays the kept nodes out afresh, children side by side, as TreeBuilder does; a new leaf predicts its totals.
    private static FlatTree Rebuild(FlatTree tree, bool[] leaf, IReadOnlyList<double[]> totals)
    {
        var nodes = new List<TreeNode>();
        var values = new List<float>();
        var masks = new List<uint>();
        var weights = new List<float>();
        var gains = new List<float>();
        int Reserve()
        {
            nodes.Add(default);
            weights.Add(0);
            gains.Add(0);
            return nodes.Count - 1;
        }

        var pending = new Stack<(int From, int To)>();
        pending.Push((0, Reserve()));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            var node = tree.Nodes[from];
            weights[to] = tree.Weights[from];
            if (leaf[from])
            {
                var offset = values.Count;
                for (var k = 0; k < tree.OutputLength; k++)
                {
                    values.Add((float)(totals[from][1 + k] / totals[from][0]));
                }

                nodes[to] = new TreeNode { Feature = -1, Next = offset, Mask = -1 };
                continue;
            }

            var left = Reserve();
            Reserve();
            var mask = -1;
            if (node.Mask >= 0)
            {
                mask = masks.Count;
                var length = 1 + (int)((tree.Masks[node.Mask] + 31) / 32);
                masks.AddRange(tree.Masks.AsSpan(node.Mask, length));
            }

            nodes[to] = node with { Next = left, Mask = mask };
            gains[to] = tree.Gains[from];
            pending.Push((node.Next + 1, left + 1));
            pending.Push((node.Next, left));
        }

        return new FlatTree([.. nodes], [.. values], [.. masks], [.. weights], [.. gains], tree.OutputLength);
    }
}
