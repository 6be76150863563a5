using MathNet.Numerics.Distributions;

namespace Tradeoff.Core.Statistics;

/// <summary>
/// The corrected resampled t statistic of Nadeau and Bengio (2003), as Weka's Experimenter uses it: the variance of
/// n = k x r resampled scores is inflated by (1/n + n_test/n_train) because the training sets overlap, and the t
/// distribution has n - 1 degrees of freedom. In Core because measurement (intervals, the comparison with the best)
/// and selection (differences beyond the noise of paired fold scores) both rest on it.
/// </summary>
public static class CorrectedResampledT
{
    /// <summary>The key of <c>QualityValue.Details</c> that holds n_test / n_train of the scores in <c>Samples</c>.</summary>
    public const string TestTrainRatioKey = "test-train-ratio";

    /// <summary>The two-sided interval of the mean at <paramref name="confidence"/>; null below two samples.</summary>
    public static (double Lower, double Upper)? Interval(IReadOnlyList<double> samples, double testTrainRatio, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var n = samples.Count;
        if (n < 2)
        {
            return null;
        }

        var mean = samples.Average();
        var halfWidth = HalfWidth(samples, testTrainRatio, confidence);
        return (mean - halfWidth, mean + halfWidth);
    }

    /// <summary>
    /// The half-width at <paramref name="confidence"/> of the mean difference of paired scores <paramref name="a"/> - <paramref name="b"/>
    /// (same folds, same order): a difference larger than it is beyond the noise. 0 when every difference is the same.
    /// </summary>
    public static double PairedHalfWidth(IReadOnlyList<double> a, IReadOnlyList<double> b, double testTrainRatio, double confidence = 0.95) =>
        HalfWidth(Differences(a, b), testTrainRatio, confidence);

    /// <summary>
    /// The paired test of <paramref name="a"/> against <paramref name="b"/> (same folds, same order): the
    /// t statistic of the mean difference a - b and its two-sided p-value. Identical scores give t = 0, p = 1;
    /// a constant non-zero difference gives an infinite t and p = 0.
    /// </summary>
    public static (double T, double P) PairedTest(IReadOnlyList<double> a, IReadOnlyList<double> b, double testTrainRatio)
    {
        var d = Differences(a, b);
        var mean = d.Average();
        var variance = Variance(d);
        if (variance == 0)
        {
            return mean == 0 ? (0, 1) : (mean > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0);
        }

        var t = mean / Math.Sqrt(((1.0 / d.Length) + testTrainRatio) * variance);
        var p = 2 * (1 - StudentT.CDF(0, 1, d.Length - 1, Math.Abs(t)));
        return (t, p);
    }

    /// <summary>
    /// The test of <paramref name="a"/> against <paramref name="b"/> when the two were resampled with different fold
    /// assignments (another tool's cross-validation): no pairing, so the variance of the mean difference is the sum of
    /// each mean's corrected variance, (1/n + n_test/n_train) s^2, with min(n_a, n_b) - 1 degrees of freedom (the
    /// paired test's, the conservative choice). Returns the t statistic of mean(a) - mean(b) and its two-sided p-value.
    /// </summary>
    public static (double T, double P) IndependentTest(IReadOnlyList<double> a, IReadOnlyList<double> b, double testTrainRatio)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count < 2 || b.Count < 2)
        {
            throw new ArgumentException("Each set of scores needs at least two scores.", nameof(b));
        }

        var difference = a.Average() - b.Average();
        var variance = (((1.0 / a.Count) + testTrainRatio) * Variance(a)) + (((1.0 / b.Count) + testTrainRatio) * Variance(b));
        if (variance == 0)
        {
            return difference == 0 ? (0, 1) : (difference > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0);
        }

        var t = difference / Math.Sqrt(variance);
        var p = 2 * (1 - StudentT.CDF(0, 1, Math.Min(a.Count, b.Count) - 1, Math.Abs(t)));
        return (t, p);
    }

    private static double HalfWidth(IReadOnlyList<double> samples, double testTrainRatio, double confidence)
    {
        var n = samples.Count;
        var se = Math.Sqrt(((1.0 / n) + testTrainRatio) * Variance(samples));
        return StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - confidence) / 2)) * se;
    }

    private static double[] Differences(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count || a.Count < 2)
        {
            throw new ArgumentException("Paired scores need two equally long lists of at least two scores.", nameof(b));
        }

        var d = new double[a.Count];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        return d;
    }

    /// <summary>The sample variance (divisor n - 1).</summary>
    internal static double Variance(IReadOnlyList<double> samples)
    {
        var mean = samples.Average();
        return samples.Sum(s => (s - mean) * (s - mean)) / (samples.Count - 1);
    }
}
