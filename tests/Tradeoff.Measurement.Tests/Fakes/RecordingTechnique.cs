using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A tunable threshold classifier on the first feature that records, for every fit, the row ids (the feature
/// "id") it was fitted on. Its "shift" moves the threshold (best near 0); its "cost" is the fake seconds a fit takes.
/// An update refits on the new rows alone, so that it too can be recorded. With a <see cref="Timeline"/>, every
/// instance logs its creation with its shift, and every fit and update with its instance and rows.
/// </summary>
internal sealed class RecordingTechnique : IIncrementalTechnique
{
    private readonly List<int[]> _fits;
    private readonly FakeMachine? _machine;
    private readonly Timeline? _timeline;
    private readonly double _shift;
    private readonly int _cost;
    private readonly int _instance;

    private RecordingTechnique(List<int[]> fits, FakeMachine? machine, Timeline? timeline, double shift, int cost)
    {
        _fits = fits;
        _machine = machine;
        _timeline = timeline;
        _shift = shift;
        _cost = cost;
        _instance = timeline?.Created(shift) ?? 0;
    }

    public static TechniqueCapabilities Abilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification },
        Interpretable = true,
        Incremental = true,
        HandlesMissing = true,
        HandlesCategorical = true,
    };

    private static readonly SettingDeclaration<double> Shift = SettingDeclaration.Real("shift", 0.3, "added to the threshold");
    private static readonly SettingDeclaration<int> Cost = SettingDeclaration.Int("cost", 4, "fake seconds per fit", min: 1);

    public string Id => "recording";

    public TechniqueCapabilities Capabilities => Abilities;

    /// <summary>A descriptor whose instances append to <paramref name="fits"/>, advance <paramref name="machine"/>'s clock and log to <paramref name="timeline"/>.</summary>
    public static TechniqueDescriptor Descriptor(List<int[]> fits, FakeMachine? machine = null, Timeline? timeline = null) => new()
    {
        Id = "recording",
        Summary = "records its training rows",
        Capabilities = Abilities,
        Settings = [Shift, Cost],
        Search = new SearchSpace([Shift.Searched(-1, 1), Cost.Searched(1, 8, cost: 1)]),
        Create = s => new RecordingTechnique(fits, machine, timeline, Shift.Read(s), Cost.Read(s)),
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var ids = training.Features.First(f => f.Name == "id").Values.Select(v => (int)v).ToArray();
        _fits.Add(ids);
        _timeline?.Fitted(_instance, ids);
        _machine?.Time.Advance(TimeSpan.FromSeconds(_cost));
        var labels = training.ClassIndices();
        var x = training.Features[0].Values;
        var threshold = ((Mean(x, labels, 0) + Mean(x, labels, 1)) / 2) + _shift;
        return new FakeModel(2, 1, 8 * _cost, (features, output) =>
        {
            output[1] = features[0] > threshold ? 0.9f : 0.1f;
            output[0] = 1 - output[1];
        });
    }

    public IModel Update(IModel model, Dataset newRows, FitContext context) => Fit(newRows, context);

    /// <summary>A loaded model only serves as the start of an update, which refits on the new rows alone: its content does not matter.</summary>
    public IModel Load(Stream stream)
    {
        stream.CopyTo(Stream.Null);
        return new FakeModel(2, 1, 8 * _cost, (_, output) => output.Fill(0.5f));
    }

    // An update's few rows may hold one class only: the missing class's mean is then where the data put it (0 or 1).
    private static double Mean(float[] x, int[] labels, int label)
    {
        var rows = Enumerable.Range(0, labels.Length).Where(r => labels[r] == label).ToList();
        return rows.Count == 0 ? label : rows.Average(r => x[r]);
    }
}
