using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A one-split tree on the first feature (threshold midway between the class means), readable and reporting
/// its complexity. Its fit costs 1 ms per training row on the fake clock and 1,000 bytes of fake memory per
/// row, so training time and memory grow exactly linearly with rows.
/// </summary>
internal sealed class StumpTechnique(FakeMachine? machine = null) : ITechnique
{
    public string Id => "stump";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification },
        Interpretable = true,
        HandlesMissing = true,
        HandlesCategorical = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        if (machine is not null)
        {
            machine.Time.Advance(TimeSpan.FromMilliseconds(training.RowCount));
            machine.Memory.Bytes += 1000L * training.RowCount;
        }

        var labels = training.ClassIndices();
        var x = training.Features[0].Values;
        var mean0 = Enumerable.Range(0, labels.Length).Where(r => labels[r] == 0).Average(r => x[r]);
        var mean1 = Enumerable.Range(0, labels.Length).Where(r => labels[r] == 1).Average(r => x[r]);
        return new StumpModel((mean0 + mean1) / 2, mean1 > mean0);
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");

    private sealed class StumpModel(double threshold, bool above) : IModel, IExplainableModel
    {
        public int OutputLength => 2;

        public long ParameterCount => 1;

        public IReadOnlyDictionary<string, double> Complexity { get; } = new Dictionary<string, double> { ["leaves"] = 2, ["depth"] = 1, ["rules"] = 2 };

        public string Explain() => $"IF x0 > {threshold} THEN {(above ? 1 : 0)}";

        public void Predict(ReadOnlySpan<float> features, Span<float> output)
        {
            var one = features[0] > threshold == above;
            output[1] = one ? 0.9f : 0.1f;
            output[0] = 1 - output[1];
        }

        public void Save(Stream stream) => stream.Write(new byte[16]);

        public void Dispose()
        {
        }
    }
}
