using Tradeoff.Core;
using Tradeoff.Core.Data;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// Rows ready for libtorch: the features laid out row by row (<see cref="CodedRows"/>), gathered into mini-batches,
/// and either class indices or standardized targets.
/// </summary>
internal sealed class TrainingSet
{
    private readonly CodedRows _features;
    private float[] _batch = [];

    private TrainingSet(CodedRows features, long[]? classes, float[]? targets)
    {
        _features = features;
        Classes = classes;
        Targets = targets;
    }

    public int Rows => _features.Rows;

    public int Width => _features.Width;

    /// <summary>Class index per row (classification), else null.</summary>
    public long[]? Classes { get; }

    /// <summary>Standardized target per row (regression), else null.</summary>
    public float[]? Targets { get; }

    /// <summary>
    /// The features of <paramref name="rows"/>, in their order, as a tensor of <paramref name="shape"/> (its first
    /// dimension the row count) over this set's batch buffer, pinned rather than copied: valid until the next call,
    /// which a trainer makes only once the batch's step is done.
    /// </summary>
    public Tensor Batch(ReadOnlySpan<long> rows, ReadOnlySpan<long> shape)
    {
        var count = rows.Length * Width;
        if (_batch.Length < count)
        {
            _batch = new float[count];
        }

        _features.CopyRows(rows, _batch);
        return count == 0 ? zeros(shape) : frombuffer(_batch, ScalarType.Float32, count).view(shape.ToArray());
    }

    /// <summary>The features of <paramref name="rows"/> as a tensor of <paramref name="shape"/> of its own (a copy).</summary>
    public Tensor Copy(ReadOnlySpan<long> rows, ReadOnlySpan<long> shape)
    {
        var values = new float[rows.Length * Width];
        _features.CopyRows(rows, values);
        return tensor(values, shape);
    }

    /// <summary>The mean and population standard deviation of every feature value, summed row by row as a row-major copy would be.</summary>
    public TargetScale FeatureScale()
    {
        var row = new float[Width];
        return TargetScale.Fit(Rows, r =>
        {
            _features.CopyRow(r, row);
            return row;
        });
    }

    /// <summary>The rows of <paramref name="data"/>; a regression target is standardized with <paramref name="scale"/>.</summary>
    public static TrainingSet From(Dataset data, TargetScale? scale, int maxCodes = CodedRows.MaxCodes)
    {
        var features = CodedRows.From(data, maxCodes);
        if (!features.AllFinite)
        {
            // The shared featurization imputes missing values; a raw NaN here would poison every weight.
            throw new InputException($"{data.Source}: the neural network needs finite feature values; impute missing values first.");
        }

        if (scale is not { } s)
        {
            return new TrainingSet(features, data.ClassIndices().Select(c => (long)c).ToArray(), null);
        }

        var targets = data.Target.Values.Select(v => (v - s.Mean) / s.Scale).ToArray();
        return new TrainingSet(features, null, targets);
    }
}
