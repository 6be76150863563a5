namespace Tradeoff.Selection;

/// <summary>
/// Differences beyond the noise. Two figures with 95% half-widths h_a and h_b differ beyond the noise when their
/// difference exceeds sqrt(h_a^2 + h_b^2): the 95% interval of the difference of two independent figures then
/// excludes 0. A figure without an interval counts as exact (half-width 0).
/// </summary>
internal static class Noise
{
    /// <summary>
    /// True when cost <paramref name="a"/> (lower is better) is better than <paramref name="b"/> beyond the noise. A
    /// missing value (+infinity as a cost) is worse than any value and equal to another missing one.
    /// </summary>
    public static bool Better(double a, double halfWidthA, double b, double halfWidthB)
    {
        if (double.IsPositiveInfinity(a))
        {
            return false;
        }

        return double.IsPositiveInfinity(b) || b - a > Margin(halfWidthA, halfWidthB);
    }

    /// <summary>The smallest difference that is beyond the noise of two figures.</summary>
    public static double Margin(double halfWidthA, double halfWidthB) => Math.Sqrt((halfWidthA * halfWidthA) + (halfWidthB * halfWidthB));
}
