using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A tunable threshold classifier on the first feature that records, for every fit, the row ids (the feature
/// "id") it was fitted on. Its "shift" moves the threshold (best near 0); its "cost" is the fake seconds a fit takes.
/// </summary>
internal sealed class RecordingTechnique(List<int[]> fits, FakeMachine? machine, double shift, int cost) : ITechnique
{
    public static TechniqueCapabilities Abilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification },
        Interpretable = true,
        HandlesMissing = true,
        HandlesCategorical = true,
    };

    public string Id => "recording";

    public TechniqueCapabilities Capabilities => Abilities;

    /// <summary>A descriptor whose instances append to <paramref name="fits"/> and advance <paramref name="machine"/>'s clock.</summary>
    public static TechniqueDescriptor Descriptor(List<int[]> fits, FakeMachine? machine = null) => new()
    {
        Id = "recording",
        Summary = "records its training rows",
        Capabilities = Abilities,
        Hyperparameters =
        [
            new("shift", "double", "0.3", "added to the threshold"),
            new("cost", "int", "4", "fake seconds per fit"),
        ],
        Search = new SearchSpace([SearchDimension.Real("shift", -1, 1), SearchDimension.Int("cost", 1, 8, cost: 1)]),
        Create = s => new RecordingTechnique(fits, machine, s.GetDouble("shift", 0.3), s.GetInt("cost", 4, 1)),
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var ids = training.Features.First(f => f.Name == "id").Values.Select(v => (int)v).ToArray();
        fits.Add(ids);
        machine?.Time.Advance(TimeSpan.FromSeconds(cost));
        var labels = training.ClassIndices();
        var x = training.Features[0].Values;
        var mean0 = Enumerable.Range(0, labels.Length).Where(r => labels[r] == 0).Average(r => x[r]);
        var mean1 = Enumerable.Range(0, labels.Length).Where(r => labels[r] == 1).Average(r => x[r]);
        var threshold = ((mean0 + mean1) / 2) + shift;
        return new FakeModel(2, 1, 8 * cost, (features, output) =>
        {
            output[1] = features[0] > threshold ? 0.9f : 0.1f;
            output[0] = 1 - output[1];
        });
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");
}
