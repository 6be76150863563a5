namespace Tradeoff.Techniques.Trees;

/// <summary>
/// One node of a <see cref="FlatTree"/>, a plain struct in one array: a prediction walks 20-byte records without
/// a pointer per node, and the two children of a split sit side by side (right = left + 1).
/// </summary>
internal struct TreeNode
{
    public const byte MissingLeftFlag = 1;
    public const byte SawMissingFlag = 2;

    /// <summary>The feature a split tests; -1 marks a leaf.</summary>
    public int Feature;

    /// <summary>Numeric split: rows with a value at most this go left (in the feature's own units).</summary>
    public float Threshold;

    /// <summary>Split: index of the left child (the right child follows it). Leaf: offset of its values.</summary>
    public int Next;

    /// <summary>Nominal split: offset in <see cref="FlatTree.Masks"/> of the left levels; -1 for a numeric split.</summary>
    public int Mask;

    /// <summary><see cref="MissingLeftFlag"/> and <see cref="SawMissingFlag"/>.</summary>
    public byte Flags;

    public readonly bool IsLeaf => Feature < 0;

    public readonly bool MissingLeft => (Flags & MissingLeftFlag) != 0;

    public readonly bool SawMissing => (Flags & SawMissingFlag) != 0;
}
