namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Entropy in bits. A node of weight W with class counts c has W * H = W log2 W - sum c log2 c; weights are whole
/// numbers (rows, or bootstrap counts), so x log2 x comes from a table instead of a logarithm per bin and class.
/// </summary>
internal readonly struct EntropyImpurity(double[] table) : IImpurity
{
    /// <summary>x log2 x for x = 0 .. <paramref name="maxWeight"/>.</summary>
    public static double[] Table(int maxWeight)
    {
        var table = new double[maxWeight + 1];
        for (var x = 1; x < table.Length; x++)
        {
            table[x] = x * Math.Log2(x);
        }

        return table;
    }

    // Counts are sums of whole weights, exact in a double, so truncation finds the right entry.
    public double Term(double statistic) => table[(int)statistic];

    public double Score(double termsLeft, double termsRight, double weightLeft, double weightRight) =>
        termsLeft + termsRight - Term(weightLeft) - Term(weightRight);

    public double ParentScore(double terms, double weight) => terms - Term(weight);
}
