using MathNet.Numerics.Distributions;
using Tradeoff.Core.Data;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>The perturbations of robustness: Gaussian noise on numeric features, random levels, flipped labels.</summary>
internal static class Perturbation
{
    /// <summary>The sample standard deviation of each numeric feature of <paramref name="train"/> (missing values ignored); NaN for nominal ones.</summary>
    public static double[] NumericStd(Dataset train)
    {
        var std = new double[train.FeatureCount];
        for (var f = 0; f < std.Length; f++)
        {
            var column = train.Features[f];
            std[f] = column.IsNominal ? double.NaN : PresentStd(column.Values);
        }

        return std;
    }

    // Descriptive.Std's arithmetic (the mean, then the squared deviations, in row order; divisor n - 1) over the
    // present values, read in place: collecting them first built a growing list of doubles per column, 1.2 GB of
    // large-object garbage per call on Fashion-MNIST's 784 columns of 60,000 rows, and the run's resident memory rose
    // by as much (2.3 GB at robustness, 0.7 GB of it live) before a full collection came.
    private static double PresentStd(float[] values)
    {
        var count = 0;
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!float.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        if (count < 2)
        {
            return double.NaN;
        }

        var mean = sum / count;
        var squares = 0.0;
        foreach (var v in values)
        {
            if (!float.IsNaN(v))
            {
                squares += (v - mean) * (v - mean);
            }
        }

        return Math.Sqrt(squares / (count - 1));
    }

    /// <summary>A copy of <paramref name="matrix"/> with N(0, (level x std)^2) added to each present numeric value.</summary>
    public static float[] GaussianNoise(float[] matrix, double[] std, double level, Random random)
    {
        var noisy = (float[])matrix.Clone();
        var width = std.Length;
        for (var i = 0; i < noisy.Length; i++)
        {
            var s = std[i % width];
            if (double.IsFinite(s) && s > 0 && !float.IsNaN(noisy[i]))
            {
                noisy[i] += (float)Normal.Sample(random, 0, level * s);
            }
        }

        return noisy;
    }

    /// <summary>A copy with each present nominal value, with probability <paramref name="share"/>, replaced by a level drawn uniformly (possibly the same one).</summary>
    public static float[] NominalNoise(float[] matrix, Dataset data, double share, Random random)
    {
        var noisy = (float[])matrix.Clone();
        var width = data.FeatureCount;
        for (var i = 0; i < noisy.Length; i++)
        {
            var column = data.Features[i % width];
            if (column.IsNominal && column.Levels.Count > 0 && !float.IsNaN(noisy[i]) && random.NextDouble() < share)
            {
                noisy[i] = random.Next(column.Levels.Count);
            }
        }

        return noisy;
    }

    /// <summary>
    /// <paramref name="train"/> with round(share x rows) labels, chosen at random, each changed to another class
    /// drawn uniformly.
    /// </summary>
    public static Dataset FlipLabels(Dataset train, double share, Random random)
    {
        var values = (float[])train.Target.Values.Clone();
        var rows = Metrics.AllRows(values.Length);
        random.Shuffle(rows);
        var flips = (int)Math.Round(share * values.Length);
        var classes = train.ClassCount;
        for (var i = 0; i < flips; i++)
        {
            var other = random.Next(classes - 1);
            var current = (int)values[rows[i]];
            values[rows[i]] = other >= current ? other + 1 : other;
        }

        var target = new Column(train.Target.Name, train.Target.Kind, values, train.Target.Levels);
        return new Dataset(train.Source, train.Features, target, train.Task, train.PositiveClass);
    }
}
