using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>Predicts the class frequencies of the training data (or the mean for regression) for every row.</summary>
internal sealed class MajorityTechnique : ITechnique
{
    public string Id => "majority";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification, TaskKind.Regression },
        HandlesCategorical = true,
        HandlesMissing = true,
    };

    public static float[] Prior(Dataset training)
    {
        if (!training.Task.IsClassification())
        {
            return [training.Target.Values.Average()];
        }

        var prior = new float[training.ClassCount];
        foreach (var label in training.ClassIndices())
        {
            prior[label] += 1f / training.RowCount;
        }

        return prior;
    }

    public IModel Fit(Dataset training, FitContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var prior = Prior(training);
        return new FakeModel(prior.Length, prior.Length, 16, (_, output) => prior.CopyTo(output));
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");
}
