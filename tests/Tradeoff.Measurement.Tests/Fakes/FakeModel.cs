using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>A model that answers with fixed class probabilities, or a function of the row, spending fake time per row.</summary>
internal sealed class FakeModel : IModel
{
    private readonly Action<ReadOnlySpan<float>, Span<float>> _predict;
    private readonly Action? _perRow;

    public FakeModel(int outputLength, long parameters, int savedBytes, Action<ReadOnlySpan<float>, Span<float>> predict, Action? perRow = null)
    {
        OutputLength = outputLength;
        ParameterCount = parameters;
        SavedBytes = savedBytes;
        _predict = predict;
        _perRow = perRow;
    }

    public int OutputLength { get; }

    public long ParameterCount { get; }

    public int SavedBytes { get; }

    public bool AllocatePerCall { get; init; }

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        if (AllocatePerCall)
        {
            GC.KeepAlive(new byte[100]);
        }

        _perRow?.Invoke();
        _predict(features, output);
    }

    public void Save(Stream stream) => stream.Write(new byte[SavedBytes]);

    public void Dispose()
    {
    }
}
