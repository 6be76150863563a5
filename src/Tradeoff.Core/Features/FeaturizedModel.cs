using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Features;

/// <summary>A model behind its fitted featurization: it takes raw rows.</summary>
public sealed class FeaturizedModel : IModel
{
    // Reused by Predict so single-row prediction does not allocate; a model is not used from two threads at once.
    private readonly float[] _row;

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
        var transformed = new float[(long)rowCount * outWidth];
        for (var r = 0; r < rowCount; r++)
        {
            Featurizer.TransformRow(rows.Slice(r * inWidth, inWidth), transformed.AsSpan(r * outWidth, outWidth));
        }

        Inner.PredictBatch(transformed, rowCount, output);
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
