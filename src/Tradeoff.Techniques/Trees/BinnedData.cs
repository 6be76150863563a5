using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The training data as trees read them: one byte per value (the bin), column-major so that a histogram of one
/// feature reads one contiguous column, plus each row's target laid out for histogram accumulation. Built once
/// and shared read-only by every tree of a forest.
/// </summary>
internal sealed class BinnedData
{
    /// <summary>Histogram cells per feature (the most bins a feature can have).</summary>
    public const int MaxBins = 256;

    private BinnedData(Dataset data, FeatureBins[] features, byte[] bins, ushort[] slots, double[] targets)
    {
        RowCount = data.RowCount;
        Features = features;
        Bins = bins;
        Slots = slots;
        Targets = targets;
        ClassCount = data.ClassCount;
        StatCount = data.Task.IsClassification() ? data.ClassCount : 1;
        Stride = StatCount + 1;
    }

    /// <summary>Rows.</summary>
    public int RowCount { get; }

    /// <summary>The bins of every feature.</summary>
    public FeatureBins[] Features { get; }

    /// <summary>Bin of row r of feature f at <c>f * RowCount + r</c>.</summary>
    public byte[] Bins { get; }

    /// <summary>Per row: the histogram cell (1-based, after the weight cell) its target adds to.</summary>
    public ushort[] Slots { get; }

    /// <summary>Per row: what it adds to that cell per unit of weight (1 for a class, the value for regression).</summary>
    public double[] Targets { get; }

    /// <summary>Classes; 0 for regression.</summary>
    public int ClassCount { get; }

    /// <summary>Target statistics per cell: the class counts, or the sum of the target.</summary>
    public int StatCount { get; }

    /// <summary>Doubles per histogram cell: the weight, then the statistics.</summary>
    public int Stride { get; }

    /// <summary>Bins <paramref name="data"/> with up to <paramref name="maxBins"/> bins per numeric feature.</summary>
    public static BinnedData Create(Dataset data, int maxBins, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.RowCount;
        var features = new FeatureBins[data.FeatureCount];
        var bins = new byte[(long)data.FeatureCount * n];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(threads, 1), CancellationToken = cancellationToken };
        Parallel.For(0, data.FeatureCount, options, f =>
        {
            var column = data.Features[f];
            var fitted = FeatureBins.Fit(column, maxBins, data.Source);
            features[f] = fitted;
            var target = bins.AsSpan((int)((long)f * n), n);
            var values = column.Values;
            for (var r = 0; r < n; r++)
            {
                target[r] = fitted.BinOf(values[r]);
            }
        });

        var slots = new ushort[n];
        var targets = new double[n];
        var classification = data.Task.IsClassification();
        var y = data.Target.Values;
        for (var r = 0; r < n; r++)
        {
            slots[r] = classification ? (ushort)(1 + (int)y[r]) : (ushort)1;
            targets[r] = classification ? 1.0 : y[r];
        }

        return new BinnedData(data, features, bins, slots, targets);
    }

    /// <summary>The bins of feature <paramref name="feature"/>, one per row.</summary>
    public ReadOnlySpan<byte> Column(int feature) => Bins.AsSpan((int)((long)feature * RowCount), RowCount);
}
