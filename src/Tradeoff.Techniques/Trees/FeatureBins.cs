using Tradeoff.Core;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The bins of one feature, fitted on the training values: a numeric feature gets up to 256 bins at quantiles
/// (one per distinct value when there are few), a nominal feature one bin per level; missing values get a bin of
/// their own when the training data have any.
/// </summary>
/// <remarks>
/// Bins make split finding a scan of at most 256 histogram cells instead of a sort per node (as in LightGBM and
/// scikit-learn's HistGradientBoosting); thresholds stay real values of the data, midway between two bins.
/// </remarks>
internal sealed class FeatureBins
{
    private readonly DistinctValues? _distinct;
    private readonly float[] _padded;

    private FeatureBins(bool nominal, int valueBins, int missingBin, float[] upper, float[] thresholds, DistinctValues? distinct = null)
    {
        _distinct = distinct;
        // Tops padded with +infinity to 256 entries, for a fixed-step binary search without branches to mispredict.
        _padded = new float[BinnedData.MaxBins];
        Array.Fill(_padded, float.PositiveInfinity);
        upper.CopyTo(_padded, 0);
        Nominal = nominal;
        ValueBins = valueBins;
        MissingBin = missingBin;
        Upper = upper;
        Thresholds = thresholds;
    }

    /// <summary>A nominal feature: bins are level indices.</summary>
    public bool Nominal { get; }

    /// <summary>Bins holding values (levels for a nominal feature).</summary>
    public int ValueBins { get; }

    /// <summary>The bin of missing values, or -1 when the training data had none.</summary>
    public int MissingBin { get; }

    /// <summary>Numeric: the largest training value of each bin, ascending.</summary>
    public float[] Upper { get; }

    /// <summary>Numeric: the split threshold between bin b and bin b+1, in the feature's units.</summary>
    public float[] Thresholds { get; }

    /// <summary>Fits the bins of <paramref name="column"/> of the data set read from <paramref name="source"/>.</summary>
    public static FeatureBins Fit(Column column, int maxBins, string source = "data") => Fit(column, column.Values, maxBins, source);

    /// <summary>Fits the bins of <paramref name="column"/>, whose values <paramref name="values"/> holds (read, not changed).</summary>
    public static FeatureBins Fit(Column column, float[] values, int maxBins, string source)
    {
        var missing = HasNaN(values);
        if (column.IsNominal)
        {
            var levels = Math.Max(column.Levels.Count, 1);
            if (levels + (missing ? 1 : 0) > 256)
            {
                throw new InputException($"{source}: feature '{column.Name}' has {levels} levels; the tree techniques take at most 255 (256 without missing values).");
            }

            return new FeatureBins(true, levels, missing ? levels : -1, [], []);
        }

        var limit = Math.Min(maxBins, missing ? 255 : 256);
        var distinct = DistinctValues.Of(values, limit, out var sorted);
        var (upper, bottoms) = distinct is null ? Quantiles(values, limit) : (sorted, sorted);
        var thresholds = new float[Math.Max(upper.Length - 1, 0)];
        for (var b = 0; b < thresholds.Length; b++)
        {
            // bottoms[b + 1] is the smallest training value of the next bin.
            var next = bottoms[b + 1];
            var mid = (float)((upper[b] + (double)next) / 2);
            // Rounding may land the midpoint on the next value; the bin's own top keeps the split exact.
            thresholds[b] = mid < next ? mid : upper[b];
        }

        return new FeatureBins(false, Math.Max(upper.Length, 1), missing ? Math.Max(upper.Length, 1) : -1, upper, thresholds, distinct);
    }

    // A plain loop: Array.Exists calls a delegate per value, 47 million calls for Fashion-MNIST.
    private static bool HasNaN(float[] values)
    {
        foreach (var v in values)
        {
            if (float.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bin of one training value.</summary>
    public byte BinOf(float value)
    {
        if (float.IsNaN(value))
        {
            return (byte)MissingBin;
        }

        if (Nominal)
        {
            return (byte)value;
        }

        if (_distinct is not null)
        {
            return _distinct.RankOf(value);
        }

        // Lower bound: the first bin whose top is at least the value.
        var padded = _padded;
        var at = 0;
        for (var step = BinnedData.MaxBins / 2; step > 0; step >>= 1)
        {
            at = padded[at + step - 1] < value ? at + step : at;
        }

        return (byte)at;
    }

    // Greedy equal-frequency cuts over the sorted values that never split one value across two bins; returns the
    // top and the bottom value of every bin.
    private static (float[] Upper, float[] Bottoms) Quantiles(float[] values, int limit)
    {
        var sorted = values.Where(v => !float.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        var upper = new List<float>(limit);
        var bottoms = new List<float>(limit) { sorted.Length == 0 ? 0f : sorted[0] };
        var rowsLeft = sorted.Length;
        var inBin = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            inBin++;
            var end = i == sorted.Length - 1;
            if (!end && sorted[i + 1] == sorted[i])
            {
                continue;
            }

            var binsLeft = limit - upper.Count;
            if (end || (binsLeft > 1 && inBin >= (double)rowsLeft / binsLeft))
            {
                upper.Add(sorted[i]);
                if (!end)
                {
                    bottoms.Add(sorted[i + 1]);
                }

                rowsLeft -= inBin;
                inBin = 0;
            }
        }

        return ([.. upper], [.. bottoms]);
    }
}
