namespace Tradeoff.Techniques.Torch;

/// <summary>
/// How a regression target was standardized for training: the network learns (y - Mean) / Scale, which keeps
/// Adam's default step size sensible whatever the target's unit.
/// </summary>
internal readonly record struct TargetScale(float Mean, float Scale)
{
    public static TargetScale Fit(ReadOnlySpan<float> values)
    {
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= Math.Max(1, values.Length);
        var variance = 0.0;
        foreach (var v in values)
        {
            variance += (v - mean) * (v - mean);
        }

        return FromMoments(mean, variance / Math.Max(1, values.Length));
    }

    /// <summary>The scale of values with this mean and population variance (a scale of 1 when they do not vary).</summary>
    public static TargetScale FromMoments(double mean, double variance)
    {
        var std = Math.Sqrt(variance);
        return new TargetScale((float)mean, std > 0 ? (float)std : 1f);
    }
}
