namespace Tradeoff.Selection;

/// <summary>
/// Differences beyond the noise: two figures differ beyond the noise when their difference exceeds the half-width of
/// its 95% interval (<see cref="DifferenceNoise"/>), so that the interval excludes 0. For two independent figures with
/// 95% half-widths h_a and h_b that margin is sqrt(h_a^2 + h_b^2); a figure without an interval counts as exact.
/// </summary>
internal static class Noise
{
    /// <summary>
    /// True when cost <paramref name="a"/> (lower is better) is better than <paramref name="b"/> beyond the noise. A
    /// missing value (+infinity as a cost) is worse than any value and equal to another missing one.
    /// </summary>
    public static bool Better(double a, double b, double margin)
    {
        if (double.IsPositiveInfinity(a))
        {
            return false;
        }

        return double.IsPositiveInfinity(b) || b - a > margin;
    }

    /// <summary>The smallest difference that is beyond the noise of two figures.</summary>
    public static double Margin(double halfWidthA, double halfWidthB) => Math.Sqrt((halfWidthA * halfWidthA) + (halfWidthB * halfWidthB));
}
