using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>
/// k nearest neighbours by brute force over standardized features: a lazy learner, training stores the rows and
/// prediction pays. Incremental: an update appends rows.
/// </summary>
internal sealed class NearestNeighboursTechnique : IncrementalTechniqueBase<NearestNeighboursModel>
{
    public const string TechniqueId = "k-nearest-neighbours";
    private static readonly SettingDeclaration<int> KSetting = SettingDeclaration.Int("k", 5, "neighbours that vote (or are averaged)", min: 1);

    private static readonly SettingDeclaration<string> WeightingSetting = SettingDeclaration.Choice(
        "weighting", "uniform", "uniform: every neighbour counts the same; distance: 1 / distance", "uniform", "distance");

    /// <summary>Creates the technique; a setting not given takes its declared default.</summary>
    public NearestNeighboursTechnique(int? k = null, NeighbourWeighting? weighting = null)
        : base(Descriptor)
    {
        K = k ?? KSetting.DefaultValue;
        Weighting = weighting ?? WeightingOf(WeightingSetting.DefaultValue);
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.InstanceBased,
        Summary = "k nearest neighbours: brute force SIMD distances over standardized features; storing is training",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            Interpretable = false,
            Incremental = true,
            NeedsScaling = true,
            HandlesMissing = false,
            HandlesCategorical = false,
            ThreadIndependent = true,
        },
        Settings = [KSetting, WeightingSetting],
        Search = new SearchSpace([KSetting.Searched(1, 50, log: true), WeightingSetting.Searched()]),
        Create = settings => new NearestNeighboursTechnique(KSetting.Read(settings), WeightingOf(WeightingSetting.Read(settings))),
    };

    /// <summary>Neighbours that vote.</summary>
    public int K { get; }

    /// <summary>How they weigh.</summary>
    public NeighbourWeighting Weighting { get; }

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var settings = new NeighbourSettings(K, Weighting, Math.Max(1, context.Threads));
        return new NearestNeighboursModel(training.ToRowMajor(), (float[])training.Target.Values.Clone(), training.FeatureCount, training.ClassCount, settings);
    }

    /// <summary>A new model holding the stored rows followed by <paramref name="newRows"/>.</summary>
    protected override IModel UpdateCore(NearestNeighboursModel previous, Dataset newRows, FitContext context)
    {
        if (newRows.FeatureCount != previous.Width || newRows.ClassCount != previous.ClassCount)
        {
            throw new InputException($"{newRows.Source}: the new rows do not have the features and classes the k-nearest-neighbours model was fitted on.");
        }

        float[] rows = [.. previous.Rows, .. newRows.ToRowMajor()];
        float[] targets = [.. previous.Targets, .. newRows.Target.Values];
        return new NearestNeighboursModel(rows, targets, previous.Width, previous.ClassCount, previous.Settings);
    }

    public override IModel Load(Stream stream) => NearestNeighboursModel.Read(stream);

    private static NeighbourWeighting WeightingOf(string text) => text == "distance" ? NeighbourWeighting.Distance : NeighbourWeighting.Uniform;
}
