using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.NaiveBayes;

/// <summary>
/// The sufficient statistics of naive Bayes: rows per class, and per class and feature the count, mean and sum
/// of squared deviations of the present numeric values, or the count of each level. New rows are absorbed with
/// Chan et al.'s parallel update of the moments, so absorbing rows in several batches gives the statistics of
/// one batch of all of them (up to rounding).
/// </summary>
internal sealed partial class NaiveBayesStatistics
{
    private NaiveBayesStatistics(NaiveBayesSchema schema, double[] classRows, double[] count, double[] mean, double[] squares, double[] levelCounts)
    {
        Schema = schema;
        ClassRows = classRows;
        Count = count;
        Mean = mean;
        Squares = squares;
        LevelCounts = levelCounts;
    }

    public NaiveBayesSchema Schema { get; }

    /// <summary>Training rows per class.</summary>
    public double[] ClassRows { get; }

    /// <summary>Present values per class and numeric feature: [class x numeric features].</summary>
    public double[] Count { get; }

    /// <summary>Their mean, same layout.</summary>
    public double[] Mean { get; }

    /// <summary>Their sum of squared deviations from the mean, same layout.</summary>
    public double[] Squares { get; }

    /// <summary>Rows per class and level: [class x all levels of the nominal features].</summary>
    public double[] LevelCounts { get; }

    public static NaiveBayesStatistics Empty(NaiveBayesSchema schema)
    {
        var moments = schema.ClassCount * schema.NumericFeatures.Length;
        return new NaiveBayesStatistics(
            schema, new double[schema.ClassCount], new double[moments], new double[moments], new double[moments], new double[schema.ClassCount * schema.TotalLevels]);
    }

    /// <summary>A copy, so that an update leaves the model it started from unchanged.</summary>
    public NaiveBayesStatistics Clone() => new(
        Schema, (double[])ClassRows.Clone(), (double[])Count.Clone(), (double[])Mean.Clone(), (double[])Squares.Clone(), (double[])LevelCounts.Clone());

    /// <summary>Absorbs every row of <paramref name="data"/>; features run in parallel, each on its own slots.</summary>
    public void Absorb(Dataset data, int threads, CancellationToken cancellationToken)
    {
        var labels = data.ClassIndices();
        foreach (var label in labels)
        {
            ClassRows[label]++;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var numeric = Schema.NumericFeatures;
        var nominal = Schema.NominalFeatures;
        // Each thread reads a column at a time into its own buffer: a row selection's rows (a bootstrap resample's) are absorbed
        // without a copy of the whole data set beside them.
        Parallel.For(0, numeric.Length + nominal.Length, options, () => new float[data.RowCount], (i, _, buffer) =>
        {
            if (i < numeric.Length)
            {
                AbsorbNumeric(i, data.Features[numeric[i]].ValuesIn(buffer), labels);
            }
            else
            {
                var k = i - numeric.Length;
                AbsorbNominal(Schema.LevelOffsets[k], data.Features[nominal[k]].ValuesIn(buffer), labels);
            }

            return buffer;
        }, _ => { });
    }

    // Two passes over the batch (mean, then squared deviations) for exact batch moments, then one merge.
    private void AbsorbNumeric(int j, float[] values, int[] labels)
    {
        var classes = Schema.ClassCount;
        var n = new double[classes];
        var sum = new double[classes];
        for (var r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (!float.IsNaN(v))
            {
                n[labels[r]]++;
                sum[labels[r]] += v;
            }
        }

        var mean = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            mean[c] = n[c] > 0 ? sum[c] / n[c] : 0;
        }

        var squares = new double[classes];
        for (var r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (!float.IsNaN(v))
            {
                var d = v - mean[labels[r]];
                squares[labels[r]] += d * d;
            }
        }

        var width = Schema.NumericFeatures.Length;
        for (var c = 0; c < classes; c++)
        {
            var slot = (c * width) + j;
            (Count[slot], Mean[slot], Squares[slot]) = Merge(Count[slot], Mean[slot], Squares[slot], n[c], mean[c], squares[c]);
        }
    }

    private void AbsorbNominal(int offset, float[] values, int[] labels)
    {
        var total = Schema.TotalLevels;
        for (var r = 0; r < values.Length; r++)
        {
            var v = values[r];
            if (!float.IsNaN(v))
            {
                LevelCounts[(labels[r] * total) + offset + (int)v]++;
            }
        }
    }

    /// <summary>Chan, Golub and LeVeque's pairwise combination of count, mean and sum of squared deviations.</summary>
    public static (double Count, double Mean, double Squares) Merge(double na, double ma, double sa, double nb, double mb, double sb)
    {
        if (nb == 0)
        {
            return (na, ma, sa);
        }

        if (na == 0)
        {
            return (nb, mb, sb);
        }

        var n = na + nb;
        var delta = mb - ma;
        return (n, ma + (delta * nb / n), sa + sb + (delta * delta * na * nb / n));
    }
}
