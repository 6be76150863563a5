using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// Fails: in every fit, or only when predicting one row (after fitting and batch scoring went well); with
/// <paramref name="wrapped"/> the fit's failure comes wrapped as parallel code throws it (an AggregateException).
/// </summary>
internal sealed class ThrowingTechnique(bool inPredict = false, bool wrapped = false) : ITechnique
{
    public string Id => "throwing";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification, TaskKind.Regression },
        HandlesCategorical = true,
        HandlesMissing = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        if (!inPredict)
        {
            var failure = new InvalidOperationException("the solver diverged");
            throw wrapped ? new AggregateException(new AggregateException(failure)) : failure;
        }

        var prior = MajorityTechnique.Prior(training);
        return new BatchOnlyModel(prior);
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");

    private sealed class BatchOnlyModel(float[] prior) : IModel
    {
        public int OutputLength => prior.Length;

        public long ParameterCount => prior.Length;

        public void Predict(ReadOnlySpan<float> features, Span<float> output) => throw new InvalidOperationException("single-row prediction is broken");

        public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
        {
            for (var r = 0; r < rowCount; r++)
            {
                prior.CopyTo(output.Slice(r * prior.Length, prior.Length));
            }
        }

        public void Save(Stream stream) => stream.WriteByte(1);

        public void Dispose()
        {
        }
    }
}
