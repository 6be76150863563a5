namespace Tradeoff.Core.Techniques;

/// <summary>
/// A trained model. It predicts rows laid out as the features of the data set it was fitted on (numeric
/// values, nominal level indices, NaN for missing). For classification the output of one row is the
/// probability of each class; for regression it is one value.
/// </summary>
public interface IModel : IDisposable
{
    /// <summary>Values per predicted row: the class count, or 1 for regression.</summary>
    int OutputLength { get; }

    /// <summary>
    /// The numbers the fit learned from the training rows that prediction reads, in the technique's own model
    /// (split features and thresholds, leaf values, coefficients, weights, stored statistics and rows); the shared
    /// featurization's statistics are not counted. Each technique's count is in docs/PROTOCOL.md ("parameters").
    /// </summary>
    long ParameterCount { get; }

    /// <summary>Predicts one row into <paramref name="output"/> (length <see cref="OutputLength"/>) without allocating.</summary>
    void Predict(ReadOnlySpan<float> features, Span<float> output);

    /// <summary>
    /// Predicts <paramref name="rowCount"/> rows laid out row-major in <paramref name="rows"/> into
    /// <paramref name="output"/> (rowCount x <see cref="OutputLength"/>, row-major).
    /// </summary>
    void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        var width = rowCount == 0 ? 0 : rows.Length / rowCount;
        for (var r = 0; r < rowCount; r++)
        {
            Predict(rows.Slice(r * width, width), output.Slice(r * OutputLength, OutputLength));
        }
    }

    /// <summary>Writes the model so that <see cref="ITechnique.Load"/> restores it with identical predictions.</summary>
    void Save(Stream stream);
}
