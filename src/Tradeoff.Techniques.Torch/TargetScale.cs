namespace Tradeoff.Techniques.Torch;

/// <summary>
/// How a regression target was standardized for training: the network learns (y - Mean) / Scale, which keeps
/// Adam's default step size sensible whatever the target's unit.
/// </summary>
internal readonly record struct TargetScale(float Mean, float Scale)
{
    /// <summary>The mean and population standard deviation of <paramref name="values"/>.</summary>
    public static TargetScale Fit(float[] values) => Fit(1, _ => values);

    /// <summary>
    /// The mean and population standard deviation of the values <paramref name="piece"/> gives for 0 to
    /// <paramref name="pieces"/> - 1, taken in that order (the same sums as over one array of them all). A piece is read
    /// twice and may reuse one buffer.
    /// </summary>
    public static TargetScale Fit(int pieces, Func<int, ReadOnlySpan<float>> piece)
    {
        var mean = 0.0;
        var count = 0L;
        for (var p = 0; p < pieces; p++)
        {
            var values = piece(p);
            count += values.Length;
            foreach (var v in values)
            {
                mean += v;
            }
        }

        mean /= Math.Max(1, count);
        var variance = 0.0;
        for (var p = 0; p < pieces; p++)
        {
            foreach (var v in piece(p))
            {
                variance += (v - mean) * (v - mean);
            }
        }

        return FromMoments(mean, variance / Math.Max(1, count));
    }

    /// <summary>The scale of values with this mean and population variance (a scale of 1 when they do not vary).</summary>
    private static TargetScale FromMoments(double mean, double variance)
    {
        var std = Math.Sqrt(variance);
        return new TargetScale((float)mean, std > 0 ? (float)std : 1f);
    }
}
