namespace Tradeoff.Techniques.Trees;

/// <summary>The best split found so far in one node: which bins go left, and what it gains.</summary>
internal struct SplitCandidate
{
    /// <summary>The feature, or -1 when no valid split was found.</summary>
    public int Feature;

    /// <summary>The criterion's score of the two children (higher is better); comparable within one node only.</summary>
    public double Score;

    /// <summary>Numeric split: rows in bins up to this one go left; -1 for a nominal split.</summary>
    public int ThresholdBin;

    /// <summary>The value bins (levels for a nominal feature) that go left.</summary>
    public BinMask Left;

    /// <summary>Rows with a missing value go left (the branch with more training rows).</summary>
    public bool MissingLeft;

    /// <summary>The node's training rows had missing values for this feature.</summary>
    public bool SawMissing;

    public static SplitCandidate None => new() { Feature = -1, Score = double.NegativeInfinity, ThresholdBin = -1 };

    public readonly bool IsValid => Feature >= 0;

    /// <summary>Whether a row in <paramref name="bin"/> (of the split feature) goes left.</summary>
    public readonly bool GoesLeft(int bin, int missingBin) => bin == missingBin ? MissingLeft : Left.Contains(bin);
}
