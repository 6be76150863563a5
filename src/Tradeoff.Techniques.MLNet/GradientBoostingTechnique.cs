using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// Gradient-boosted decision trees by LightGBM through ML.NET: binary (log-loss), multiclass (softmax) and regression
/// (squared loss).
/// </summary>
/// <remarks>
/// Deterministic for a seed and a thread count: the seed, LightGBM's deterministic mode and column-wise histograms
/// are fixed (LightGBM otherwise picks row- or column-wise by timing a trial, which can differ between runs). A
/// different thread count may change the last bits of the histogram sums and so, rarely, a split.
/// </remarks>
internal sealed class GradientBoostingTechnique(GradientBoostingTechnique.Settings settings) : ITechnique
{
    public const string TechniqueId = "gradient-boosting";

    // LightGBM starts OpenMP threads when its native library loads: the wait policy must be in the C environment first.
    static GradientBoostingTechnique() => NativeThreading.Configure();

    public GradientBoostingTechnique()
        : this(new Settings())
    {
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Summary = "gradient-boosted decision trees (LightGBM through ML.NET)",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            // LightGBM can route NaN itself, but the shared imputation keeps every technique on the same inputs.
            HandlesMissing = false,
        },
        Hyperparameters =
        [
            new("iterations", "int", "100", "boosting rounds (one tree per round, per class for multiclass)"),
            new("leaves", "int", "31", "leaves per tree at most (LightGBM's default)"),
            new("learning-rate", "double", "0.1", "shrinkage of each tree's contribution (LightGBM's default)"),
            new("min-rows-per-leaf", "int", "20", "training rows per leaf at least (LightGBM's default)"),
        ],
        Search = new SearchSpace(
        [
            SearchDimension.Int("iterations", 20, 500, cost: 1, log: true),
            SearchDimension.Int("leaves", 4, 128, cost: 1, log: true),
            SearchDimension.Real("learning-rate", 0.01, 0.3, log: true),
            SearchDimension.Int("min-rows-per-leaf", 2, 64, cost: -1, log: true),
        ]),
        Create = s => new GradientBoostingTechnique(new Settings
        {
            Iterations = s.GetInt("iterations", 100, min: 1),
            Leaves = s.GetInt("leaves", 31, min: 2),
            LearningRate = s.GetDouble("learning-rate", 0.1, min: 1e-6, max: 1),
            MinRowsPerLeaf = s.GetInt("min-rows-per-leaf", 20, min: 1),
        }),
    };

    public string Id => TechniqueId;

    public TechniqueCapabilities Capabilities => Descriptor.Capabilities;

    public IModel Fit(Dataset training, FitContext context)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(context);
        TaskGuard.EnsureSupported(this, training);
        context.CancellationToken.ThrowIfCancellationRequested();
        var ml = new MLContext(context.Seed);
        var data = MLNetData.Load(ml, training, context.CancellationToken);
        var transformer = MLNetFit.Run(context, () => FitCore(ml, data, training.Task, context));
        return new BoostedTreesModel(ml, transformer, data.Schema, training.Task, training.FeatureCount, training.OutputLength);
    }

    public IModel Load(Stream stream) => BoostedTreesModel.Load(stream);

    private ITransformer FitCore(MLContext ml, IDataView data, TaskKind task, FitContext context)
    {
        var booster = new GradientBooster.Options();
        switch (task)
        {
            case TaskKind.BinaryClassification:
                return ml.BinaryClassification.Trainers.LightGbm(Configure(new LightGbmBinaryTrainer.Options { Booster = booster }, context)).Fit(data);
            case TaskKind.MulticlassClassification:
                // Softmax always: ML.NET otherwise switches to one-versus-all sigmoids below 50,000 rows.
                var options = Configure(new LightGbmMulticlassTrainer.Options { Booster = booster, UseSoftmax = true }, context);
                return ml.MulticlassClassification.Trainers.LightGbm(options).Fit(data);
            default:
                return ml.Regression.Trainers.LightGbm(Configure(new LightGbmRegressionTrainer.Options { Booster = booster }, context)).Fit(data);
        }
    }

    private TOptions Configure<TOptions, TOutput, TTransformer, TModel>(LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase options, FitContext context)
        where TOptions : LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = MLNetData.LabelColumn;
        options.FeatureColumnName = MLNetData.FeaturesColumn;
        options.NumberOfIterations = settings.Iterations;
        options.NumberOfLeaves = settings.Leaves;
        options.LearningRate = settings.LearningRate;
        options.MinimumExampleCountPerLeaf = settings.MinRowsPerLeaf;
        options.NumberOfThreads = context.Threads;
        options.Seed = context.Seed;
        options.Deterministic = true;
        options.ForceColumnWise = true;
        options.Silent = true;
        options.Verbose = false;
        return (TOptions)options;
    }

    /// <summary>The settings, with the documented defaults.</summary>
    internal sealed record Settings
    {
        public int Iterations { get; init; } = 100;

        public int Leaves { get; init; } = 31;

        public double LearningRate { get; init; } = 0.1;

        public int MinRowsPerLeaf { get; init; } = 20;
    }
}
