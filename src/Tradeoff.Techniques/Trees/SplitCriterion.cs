namespace Tradeoff.Techniques.Trees;

/// <summary>The impurity a split reduces.</summary>
internal enum SplitCriterion
{
    /// <summary>Gini impurity (classification; scikit-learn's default).</summary>
    Gini,

    /// <summary>Entropy in bits: the reduction is the information gain (classification, Quinlan's ID3/C4.5).</summary>
    Entropy,

    /// <summary>Variance of the target (regression).</summary>
    Variance,
}
