namespace Tradeoff.Core.Data;

/// <summary>
/// A data set ready for learning: feature columns and one target column. For classification the target is
/// nominal (its levels are the classes, its values the class index); for regression it is numeric.
/// </summary>
/// <remarks>
/// Column-major storage (one float array per feature) keeps loading within about the size of the numbers and
/// suits tree learners; <see cref="CopyRow"/>, <see cref="ToRowMajor"/> and <see cref="CodedRows"/> serve learners that want rows.
/// </remarks>
public sealed class Dataset
{
    /// <summary>Creates a data set. The target must not be one of <paramref name="features"/>.</summary>
    public Dataset(string source, IReadOnlyList<Column> features, Column target, TaskKind task, int positiveClass = -1)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(target);
        if (task.IsClassification() != target.IsNominal)
        {
            throw new ArgumentException("A classification target must be nominal and a regression target numeric.", nameof(task));
        }

        foreach (var feature in features)
        {
            if (feature.Length != target.Length)
            {
                throw new ArgumentException($"Feature '{feature.Name}' has {feature.Length} rows, the target {target.Length}.", nameof(features));
            }
        }

        Source = source;
        Features = features;
        Target = target;
        Task = task;
        PositiveClass = task == TaskKind.BinaryClassification ? (positiveClass >= 0 ? positiveClass : 1) : -1;
    }

    /// <summary>The file (or named data set) it came from.</summary>
    public string Source { get; }

    /// <summary>The feature columns, in file order.</summary>
    public IReadOnlyList<Column> Features { get; }

    /// <summary>The target column.</summary>
    public Column Target { get; }

    /// <summary>Binary, multiclass or regression.</summary>
    public TaskKind Task { get; }

    /// <summary>For binary classification the index of the positive class (the one of interest); otherwise -1.</summary>
    public int PositiveClass { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => Target.Length;

    /// <summary>Rows of the file left out because their target has no value (they can neither train nor test a model).</summary>
    public int RowsWithoutTarget { get; init; }

    /// <summary>The number of feature columns.</summary>
    public int FeatureCount => Features.Count;

    /// <summary>The number of classes; 0 for regression.</summary>
    public int ClassCount => Task.IsClassification() ? Target.Levels.Count : 0;

    /// <summary>The length of a model's output for one row: the class count, or 1 for regression.</summary>
    public int OutputLength => Task.IsClassification() ? ClassCount : 1;

    /// <summary>
    /// The same data set restricted to <paramref name="rows"/>, in that order (rows may repeat). The features are
    /// row selections (<see cref="Column.SelectRows"/>): their values are copied only if a reader asks for the whole array.
    /// </summary>
    public Dataset Subset(ReadOnlySpan<int> rows)
    {
        var taken = rows.ToArray();
        var features = new Column[Features.Count];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = Features[f].SelectRows(taken);
        }

        return new Dataset(Source, features, Target.Gather(rows), Task, PositiveClass);
    }

    /// <summary>The same rows and target with other feature columns (after featurization).</summary>
    public Dataset WithFeatures(IReadOnlyList<Column> features) => new(Source, features, Target, Task, PositiveClass);

    /// <summary>Copies the features of one row into <paramref name="destination"/> (length <see cref="FeatureCount"/>).</summary>
    public void CopyRow(int row, Span<float> destination)
    {
        for (var f = 0; f < Features.Count; f++)
        {
            destination[f] = Features[f].Values[row];
        }
    }

    /// <summary>All features as one row-major array of <see cref="RowCount"/> x <see cref="FeatureCount"/>.</summary>
    public float[] ToRowMajor()
    {
        var width = Features.Count;
        var matrix = new float[(long)RowCount * width];
        var buffer = new float[RowCount];
        for (var f = 0; f < width; f++)
        {
            var values = Features[f].ValuesIn(buffer);
            for (var r = 0; r < values.Length; r++)
            {
                matrix[((long)r * width) + f] = values[r];
            }
        }

        return matrix;
    }

    /// <summary>The class index of each row as an int array (classification only).</summary>
    public int[] ClassIndices()
    {
        if (!Task.IsClassification())
        {
            throw new InvalidOperationException("Class indices exist for classification only.");
        }

        var labels = new int[RowCount];
        var values = Target.Values;
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = (int)values[i];
        }

        return labels;
    }
}
