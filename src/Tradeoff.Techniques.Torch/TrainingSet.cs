using Tradeoff.Core;
using Tradeoff.Core.Data;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>Rows ready for libtorch: row-major features and either class indices or standardized targets.</summary>
internal sealed class TrainingSet
{
    private TrainingSet(int rows, int width, float[] features, long[]? classes, float[]? targets)
    {
        Rows = rows;
        Width = width;
        Features = features;
        Classes = classes;
        Targets = targets;
    }

    public int Rows { get; }

    public int Width { get; }

    /// <summary>Rows x Width, row-major.</summary>
    public float[] Features { get; }

    /// <summary>
    /// <see cref="Features"/> as a tensor of <paramref name="shape"/> over the same memory: <c>torch.tensor</c> would
    /// clone the array (a second full copy of the rows for the whole fit), <c>frombuffer</c> pins it instead. The
    /// trainers only read it.
    /// </summary>
    public Tensor FeatureTensor(ReadOnlySpan<long> shape) =>
        Features.Length == 0 ? tensor(Features, shape) : frombuffer(Features, ScalarType.Float32).view(shape.ToArray());

    /// <summary>Class index per row (classification), else null.</summary>
    public long[]? Classes { get; }

    /// <summary>Standardized target per row (regression), else null.</summary>
    public float[]? Targets { get; }

    /// <summary>The rows of <paramref name="data"/>; a regression target is standardized with <paramref name="scale"/>.</summary>
    public static TrainingSet From(Dataset data, TargetScale? scale)
    {
        var features = data.ToRowMajor();
        if (Array.Exists(features, v => !float.IsFinite(v)))
        {
            // The shared featurization imputes missing values; a raw NaN here would poison every weight.
            throw new InputException($"{data.Source}: the neural network needs finite feature values; impute missing values first.");
        }

        if (scale is not { } s)
        {
            return new TrainingSet(data.RowCount, data.FeatureCount, features, data.ClassIndices().Select(c => (long)c).ToArray(), null);
        }

        var targets = data.Target.Values.Select(v => (v - s.Mean) / s.Scale).ToArray();
        return new TrainingSet(data.RowCount, data.FeatureCount, features, null, targets);
    }
}
