namespace Tradeoff.Techniques.Trees;

/// <summary>
/// A split criterion written as a sum of per-statistic terms, so a scan updates it in O(changed classes) per bin.
/// Implemented by structs: the scan is generic over them and the JIT specializes and inlines each.
/// </summary>
internal interface IImpurity
{
    /// <summary>The term of one statistic (a class count, or a target sum).</summary>
    double Term(double statistic);

    /// <summary>The score of two children (higher is better) from their summed terms and weights.</summary>
    double Score(double termsLeft, double termsRight, double weightLeft, double weightRight);

    /// <summary>The score of the unsplit node, on the same scale as <see cref="Score"/>.</summary>
    double ParentScore(double terms, double weight);
}
