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

    private byte[]? _rowMajor;
    private object? _rowMajorLock;

    private BinnedData(Dataset data, FeatureBins[] features, byte[] bins, ushort[] slots, double[] targets)
    {
        RowCount = data.RowCount;
        Features = features;
        MissingBins = Array.ConvertAll(features, f => f.MissingBin);
        Nominal = Array.ConvertAll(features, f => f.Nominal);
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

    /// <summary>
    /// Per feature, its <see cref="FeatureBins.MissingBin"/>, in one array: a node's split search reads it for every
    /// drawn feature, and 784 scattered <see cref="FeatureBins"/> objects cost a cache miss each.
    /// </summary>
    public int[] MissingBins { get; }

    /// <summary>Per feature, whether it is nominal (<see cref="FeatureBins.Nominal"/>), in one array for the same reason.</summary>
    public bool[] Nominal { get; }

    /// <summary>Bin of row r of feature f at <c>f * RowCount + r</c>.</summary>
    public byte[] Bins { get; }

    /// <summary>
    /// The same bins row by row (row r's at <c>r * Features.Length</c>), made on first use and then shared: a node
    /// copies its rows' bins from here into a <see cref="NodeBlock"/> reading each row's bins as one run of bytes,
    /// where the columns would cost a cache miss per row and feature.
    /// </summary>
    public byte[] RowMajor => LazyInitializer.EnsureInitialized(ref _rowMajor, ref _rowMajorLock, Transpose);

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
        // Each thread reads a column at a time into its own buffer: a row selection's rows (a bootstrap resample's) are binned
        // without a copy of the whole data set (188 MB on Fashion-MNIST) beside the bins.
        Parallel.For(0, data.FeatureCount, options, () => new float[n], (f, _, buffer) =>
        {
            var column = data.Features[f];
            var values = column.ValuesIn(buffer);
            var fitted = FeatureBins.Fit(column, values, maxBins, data.Source);
            features[f] = fitted;
            var target = bins.AsSpan((int)((long)f * n), n);
            // Neighbouring rows often repeat a value (a blank pixel): its bin is reused, not looked up again.
            // NaN never equals itself, so missing values always take BinOf.
            var last = float.NaN;
            byte lastBin = 0;
            for (var r = 0; r < n; r++)
            {
                var v = values[r];
                if (v != last)
                {
                    last = v;
                    lastBin = fitted.BinOf(v);
                }

                target[r] = lastBin;
            }

            return buffer;
        }, _ => { });

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

    private byte[] Transpose()
    {
        var n = RowCount;
        var width = Features.Length;
        var rows = new byte[(long)n * width];
        var fullRows = n & ~7;
        var fullFeatures = width & ~7;
        Span<ulong> words = stackalloc ulong[8];
        for (var r = 0; r < fullRows; r += 8)
        {
            for (var f = 0; f < fullFeatures; f += 8)
            {
                for (var k = 0; k < 8; k++)
                {
                    words[k] = ByteTranspose.Read(Bins, ((long)(f + k) * n) + r);
                }

                ByteTranspose.Transpose(words);
                for (var i = 0; i < 8; i++)
                {
                    ByteTranspose.Write(rows, ((long)(r + i) * width) + f, words[i]);
                }
            }
        }

        // The rows and features past the 8 x 8 tiles, one byte at a time.
        for (var r = 0; r < n; r++)
        {
            for (var f = r < fullRows ? fullFeatures : 0; f < width; f++)
            {
                rows[((long)r * width) + f] = Bins[((long)f * n) + r];
            }
        }

        return rows;
    }

    /// <summary>The bins of feature <paramref name="feature"/>, one per row.</summary>
    public ReadOnlySpan<byte> Column(int feature) => Bins.AsSpan((int)((long)feature * RowCount), RowCount);
}
