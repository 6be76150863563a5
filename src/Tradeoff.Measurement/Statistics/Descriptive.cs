namespace Tradeoff.Measurement.Statistics;

/// <summary>Mean, sample standard deviation and median of raw samples.</summary>
internal static class Descriptive
{
    public static double Mean(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s;
        }

        return sum / samples.Count;
    }

    /// <summary>The sample variance (divisor n - 1); NaN below two samples.</summary>
    public static double Variance(IReadOnlyList<double> samples)
    {
        if (samples.Count < 2)
        {
            return double.NaN;
        }

        var mean = Mean(samples);
        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += (s - mean) * (s - mean);
        }

        return sum / (samples.Count - 1);
    }

    public static double Std(IReadOnlyList<double> samples) => Math.Sqrt(Variance(samples));

    /// <summary>The median: the middle value, or the mean of the two middle values.</summary>
    public static double Median(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
