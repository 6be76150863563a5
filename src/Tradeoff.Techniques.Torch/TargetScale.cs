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

        var std = Math.Sqrt(variance / Math.Max(1, values.Length));
        return new TargetScale((float)mean, std > 0 ? (float)std : 1f);
    }
}
