using MathNet.Numerics.Distributions;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// The corrected resampled t statistic of Nadeau and Bengio (2003), as Weka's Experimenter uses it: the
/// variance of n = k x r resampled scores is inflated by (1/n + n_test/n_train) because the training sets
/// overlap, and the t distribution has n - 1 degrees of freedom.
/// </summary>
internal static class CorrectedResampledT
{
    /// <summary>The two-sided interval of the mean at <paramref name="confidence"/>; null below two samples.</summary>
    public static (double Lower, double Upper)? Interval(IReadOnlyList<double> samples, double testTrainRatio, double confidence = 0.95)
    {
        var n = samples.Count;
        if (n < 2)
        {
            return null;
        }

        var mean = Descriptive.Mean(samples);
        var se = Math.Sqrt(((1.0 / n) + testTrainRatio) * Descriptive.Variance(samples));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - confidence) / 2));
        return (mean - (t * se), mean + (t * se));
    }

    /// <summary>
    /// The paired test of <paramref name="a"/> against <paramref name="b"/> (same folds, same order): the
    /// t statistic of the mean difference a - b and its two-sided p-value. Identical scores give t = 0, p = 1;
    /// a constant non-zero difference gives an infinite t and p = 0.
    /// </summary>
    public static (double T, double P) PairedTest(IReadOnlyList<double> a, IReadOnlyList<double> b, double testTrainRatio)
    {
        if (a.Count != b.Count || a.Count < 2)
        {
            throw new ArgumentException("The paired test needs two equally long lists of at least two scores.", nameof(b));
        }

        var d = new double[a.Count];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        var mean = Descriptive.Mean(d);
        var variance = Descriptive.Variance(d);
        if (variance == 0)
        {
            return mean == 0 ? (0, 1) : (mean > 0 ? double.PositiveInfinity : double.NegativeInfinity, 0);
        }

        var t = mean / Math.Sqrt(((1.0 / d.Length) + testTrainRatio) * variance);
        var p = 2 * (1 - StudentT.CDF(0, 1, d.Length - 1, Math.Abs(t)));
        return (t, p);
    }
}
