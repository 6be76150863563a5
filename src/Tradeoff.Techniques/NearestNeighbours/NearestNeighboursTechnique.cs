using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>
/// k nearest neighbours by brute force over standardized features: a lazy learner, training stores the rows and
/// prediction pays. Incremental: an update appends rows.
/// </summary>
internal sealed class NearestNeighboursTechnique : IIncrementalTechnique
{
    public const string TechniqueId = "k-nearest-neighbours";
    private const string KKey = "k";
    private const string WeightingKey = "weighting";
    private const int DefaultK = 5;

    public NearestNeighboursTechnique(int k = DefaultK, NeighbourWeighting weighting = NeighbourWeighting.Uniform)
    {
        K = k;
        Weighting = weighting;
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Summary = "k nearest neighbours: brute force SIMD distances over standardized features; storing is training",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            Interpretable = false,
            Incremental = true,
            NeedsScaling = true,
            HandlesMissing = false,
            HandlesCategorical = false,
        },
        Hyperparameters =
        [
            new HyperparameterInfo(KKey, "int", "5", "neighbours that vote (or are averaged)"),
            new HyperparameterInfo(WeightingKey, "uniform|distance", "uniform", "uniform: every neighbour counts the same; distance: 1 / distance"),
        ],
        Search = new SearchSpace(
        [
            SearchDimension.Int(KKey, 1, 50, log: true),
            SearchDimension.Choice(WeightingKey, ["uniform", "distance"]),
        ]),
        Create = settings => new NearestNeighboursTechnique(
            settings.GetInt(KKey, DefaultK, min: 1),
            settings.GetChoice(WeightingKey, "uniform", "uniform", "distance") == "distance" ? NeighbourWeighting.Distance : NeighbourWeighting.Uniform),
    };

    /// <summary>Neighbours that vote.</summary>
    public int K { get; }

    /// <summary>How they weigh.</summary>
    public NeighbourWeighting Weighting { get; }

    public string Id => TechniqueId;

    public TechniqueCapabilities Capabilities => Descriptor.Capabilities;

    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(context);
        TaskGuard.EnsureSupported(this, training);
        context.CancellationToken.ThrowIfCancellationRequested();
        var settings = new NeighbourSettings(K, Weighting, Math.Max(1, context.Threads));
        return new NearestNeighboursModel(training.ToRowMajor(), (float[])training.Target.Values.Clone(), training.FeatureCount, training.ClassCount, settings);
    }

    /// <summary>A new model holding the stored rows followed by <paramref name="newRows"/>.</summary>
    public IModel Update(IModel model, Dataset newRows, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(newRows);
        ArgumentNullException.ThrowIfNull(context);
        if (model is not NearestNeighboursModel previous)
        {
            throw new ArgumentException("Not a k-nearest-neighbours model.", nameof(model));
        }

        TaskGuard.EnsureSupported(this, newRows);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (newRows.FeatureCount != previous.Width || newRows.ClassCount != previous.ClassCount)
        {
            throw new InputException($"{newRows.Source}: the new rows do not have the features and classes the k-nearest-neighbours model was fitted on.");
        }

        float[] rows = [.. previous.Rows, .. newRows.ToRowMajor()];
        float[] targets = [.. previous.Targets, .. newRows.Target.Values];
        return new NearestNeighboursModel(rows, targets, previous.Width, previous.ClassCount, previous.Settings);
    }

    public IModel Load(Stream stream) => NearestNeighboursModel.Read(stream);
}
