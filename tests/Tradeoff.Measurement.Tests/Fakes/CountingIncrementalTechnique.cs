using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// Predicts the class frequencies it has counted; an update adds the new rows' counts, so an update equals a
/// fit on all rows. A fit costs <paramref name="fit"/> and an update <paramref name="update"/> on the fake clock.
/// </summary>
internal sealed class CountingIncrementalTechnique(FakeMachine machine, TimeSpan fit, TimeSpan update) : IIncrementalTechnique
{
    public int Updates { get; private set; }

    /// <summary>The process's count of full collections as each update began.</summary>
    public List<int> FullCollectionsAtUpdates { get; } = [];

    /// <summary>What the first update costs, when it differs (it compiles, as a real first call does).</summary>
    public TimeSpan? FirstUpdate { get; init; }

    public string Id => "counting";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification },
        Incremental = true,
        HandlesCategorical = true,
        HandlesMissing = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        machine.Time.Advance(fit);
        return new CountModel(Count(training, new double[training.ClassCount]));
    }

    public IModel Update(IModel model, Dataset newRows, FitContext context)
    {
        FullCollectionsAtUpdates.Add(GC.CollectionCount(GC.MaxGeneration));
        machine.Time.Advance(Updates == 0 && FirstUpdate is { } first ? first : update);
        Updates++;
        return new CountModel(Count(newRows, (double[])((CountModel)model).Counts.Clone()));
    }

    /// <summary>Reads the counts back: each timed update starts from a fresh copy of the same model.</summary>
    public IModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var counts = new double[reader.ReadInt32()];
        for (var c = 0; c < counts.Length; c++)
        {
            counts[c] = reader.ReadDouble();
        }

        return new CountModel(counts);
    }

    private static double[] Count(Dataset rows, double[] counts)
    {
        foreach (var label in rows.ClassIndices())
        {
            counts[label]++;
        }

        return counts;
    }

    private sealed class CountModel(double[] counts) : IModel
    {
        public double[] Counts => counts;

        public int OutputLength => counts.Length;

        public long ParameterCount => counts.Length;

        public void Predict(ReadOnlySpan<float> features, Span<float> output)
        {
            var total = counts.Sum();
            for (var c = 0; c < counts.Length; c++)
            {
                output[c] = (float)(counts[c] / total);
            }
        }

        public void Save(Stream stream)
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write(counts.Length);
            foreach (var count in counts)
            {
                writer.Write(count);
            }
        }

        public void Dispose()
        {
        }
    }
}
