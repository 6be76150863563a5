using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Features;

/// <summary>A model behind its fitted featurization: it takes raw rows.</summary>
public sealed class FeaturizedModel : IModel
{
    /// <summary>
    /// Rows featurized at a time by <see cref="PredictBatch"/>: enough for a batch-minded model (k-NN splits its batch
    /// into blocks across cores), and a buffer (3.2 MB at 784 features) made once per model instead of a featurized
    /// copy of every batch. Those copies were the large-object garbage of the protocol II probes that predict again and
    /// again: importance's 150 predictions of 2,000 Fashion-MNIST rows and 784 screenings of 200 rows (1.4 GB), each
    /// reclaimed only by a full collection; the run's resident memory rose by as much before one came.
    /// </summary>
    internal const int BatchRows = 1024;

    // Reused by Predict so single-row prediction does not allocate; a model is not used from two threads at once.
    private readonly float[] _row;

    // Reused by PredictBatch, grown to the largest block asked for (at most BatchRows rows).
    private float[] _batch = [];

    /// <summary>Pairs a fitted featurizer with the model fitted on its output.</summary>
    public FeaturizedModel(Featurizer featurizer, IModel inner)
    {
        Featurizer = featurizer ?? throw new ArgumentNullException(nameof(featurizer));
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _row = new float[featurizer.OutputWidth];
    }

    /// <summary>The fitted featurization.</summary>
    public Featurizer Featurizer { get; }

    /// <summary>The model fitted on featurized rows.</summary>
    public IModel Inner { get; }

    /// <inheritdoc/>
    public int OutputLength => Inner.OutputLength;

    /// <inheritdoc/>
    /// <remarks>The featurization's statistics (means, scales, level lists) are shared by every technique: they count in model-size, not here.</remarks>
    public long ParameterCount => Inner.ParameterCount;

    /// <inheritdoc/>
    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        Featurizer.TransformRow(features, _row);
        Inner.Predict(_row, output);
    }

    /// <inheritdoc/>
    public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        if (Featurizer.Plan.IsIdentity)
        {
            // Nothing to change: a copy of the rows (the whole test set, when scoring it) would only cost memory.
            Inner.PredictBatch(rows, rowCount, output);
            return;
        }

        var inWidth = Featurizer.InputWidth;
        var outWidth = Featurizer.OutputWidth;
        var outputs = Inner.OutputLength;
        var block = Math.Min(rowCount, BatchRows);
        if (_batch.Length < block * outWidth)
        {
            _batch = new float[block * outWidth];
        }

        for (var first = 0; first < rowCount; first += block)
        {
            var count = Math.Min(block, rowCount - first);
            var transformed = _batch.AsSpan(0, count * outWidth);
            for (var r = 0; r < count; r++)
            {
                Featurizer.TransformRow(rows.Slice((first + r) * inWidth, inWidth), transformed.Slice(r * outWidth, outWidth));
            }

            Inner.PredictBatch(transformed, count, output.Slice(first * outputs, count * outputs));
        }
    }

    /// <inheritdoc/>
    public void Save(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Featurizer.Write(writer);
        }

        Inner.Save(stream);
    }

    /// <inheritdoc/>
    public void Dispose() => Inner.Dispose();
}
