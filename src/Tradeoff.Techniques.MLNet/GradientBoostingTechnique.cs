using System.Globalization;
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
/// Deterministic by default for a seed and a thread count: the seed, LightGBM's deterministic mode and column-wise
/// histograms are fixed (LightGBM otherwise picks row- or column-wise by timing a trial, which can differ between
/// runs). A different thread count may change the last bits of the histogram sums and so, rarely, a split. The
/// setting <c>deterministic: false</c> lets LightGBM choose its fastest layout and drop the deterministic mode (about
/// a fifth less training time on Fashion-MNIST on a quiet machine, docs/BENCHMARKS.md); a study that gives it has it in
/// its results. Two faster settings stay reproducible for a seed but change the model, so they too are the study's
/// choice and in its results: <c>max-bins</c> (fewer bins per feature: each round's histograms and split search are
/// smaller; from 10,000 training rows 63 by default, see <see cref="MaxBinsFor"/>) and <c>quantized-gradients</c>
/// (LightGBM's quantized training).
/// </remarks>
internal sealed class GradientBoostingTechnique(GradientBoostingTechnique.Settings settings) : TechniqueBase(Descriptor)
{
    public const string TechniqueId = "gradient-boosting";

    private static readonly SettingDeclaration<int> IterationsSetting =
        SettingDeclaration.Int("iterations", 100, "boosting rounds (one tree per round, per class for multiclass)", min: 1);

    private static readonly SettingDeclaration<int> LeavesSetting = SettingDeclaration.Int("leaves", 31, "leaves per tree at most (LightGBM's default)", min: 2);

    private static readonly SettingDeclaration<double> LearningRateSetting =
        SettingDeclaration.Real("learning-rate", 0.1, "shrinkage of each tree's contribution (LightGBM's default)", min: 1e-6, max: 1);

    // LightGBM's 20 rows per leaf keeps a data set under 40 rows from any split (it scores the majority baseline).
    private static readonly SettingDeclaration<int> MinRowsPerLeafSetting =
        SettingDeclaration.Int("min-rows-per-leaf", 20, "training rows per leaf at least (LightGBM's default for 200 rows and more)", min: 1)
            .AdaptingBy("min(20, max(1, rows / 10)): 20 from 200 training rows, fewer below");

    // Fewer bins make every round's histograms and split search smaller. On 10,000 rows and more a bin of 63 still
    // holds over 150 rows, and on Fashion-MNIST 63 bins cost no accuracy beyond the noise (0.8948 against 0.8961 on all
    // rows, 0.8689 against 0.8679 on 10,000) for a fifth to a half less training time (docs/BENCHMARKS.md, issue 15).
    // Below that, a fit takes seconds and LightGBM's finer 255 stay: the results validated against the peers.
    private static readonly SettingDeclaration<int> MaxBinsSetting =
        SettingDeclaration.Int("max-bins", 255, "bins per numeric feature at most (LightGBM's max_bin; fewer bins make each round cheaper)", min: 2, max: 1024)
            .AdaptingBy("255 (LightGBM's default) below 10,000 training rows, 63 from 10,000");

    private const int ManyRows = 10_000;

    private const int BinsForManyRows = 63;

    // LightGBM 4's quantized training: gradients and hessians rounded (stochastically, from the seed) to a few integer
    // levels, so histograms add small integers instead of doubles; leaves keep full-precision values (renewed).
    private static readonly SettingDeclaration<int> QuantizedGradientsSetting =
        SettingDeclaration.Int("quantized-gradients", 0, "0: full-precision gradients; N: gradients rounded to N levels (LightGBM's quantized training, leaves renewed at full precision; faster, results differ slightly)", min: 0, max: 128);

    private static readonly SettingDeclaration<bool> DeterministicSetting =
        SettingDeclaration.Bool("deterministic", true, "same seed, same model (LightGBM's deterministic mode, column-wise histograms); false lets LightGBM choose its faster layout, and two fits may differ");

    // LightGBM starts OpenMP threads when its native library loads: the wait policy must be in the C environment first.
    static GradientBoostingTechnique() => NativeLibraries.Configure();

    public GradientBoostingTechnique()
        : this(new Settings())
    {
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Boosting,
        Summary = "gradient-boosted decision trees (LightGBM through ML.NET)",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            // LightGBM can route NaN itself, but the shared imputation keeps every technique on the same inputs.
            HandlesMissing = false,
        },
        Settings = [IterationsSetting, LeavesSetting, LearningRateSetting, MinRowsPerLeafSetting, MaxBinsSetting, QuantizedGradientsSetting, DeterministicSetting],
        Search = new SearchSpace(
        [
            IterationsSetting.Searched(20, 500, cost: 1, log: true),
            LeavesSetting.Searched(4, 128, cost: 1, log: true),
            LearningRateSetting.Searched(0.01, 0.3, log: true),
            MinRowsPerLeafSetting.Searched(2, 64, cost: -1, log: true),
        ]),
        Create = s => new GradientBoostingTechnique(new Settings
        {
            Iterations = IterationsSetting.Read(s),
            Leaves = LeavesSetting.Read(s),
            LearningRate = LearningRateSetting.Read(s),
            MinRowsPerLeaf = MinRowsPerLeafSetting.IsGiven(s) ? MinRowsPerLeafSetting.Read(s) : null,
            MaxBins = MaxBinsSetting.IsGiven(s) ? MaxBinsSetting.Read(s) : null,
            QuantizedGradients = QuantizedGradientsFrom(s),
            Deterministic = DeterministicSetting.Read(s),
        }),
    };

    // One level cannot hold a gradient's sign (LightGBM would divide by zero): 0 turns quantization off, 2 is the least.
    private static int QuantizedGradientsFrom(TechniqueSettings s)
    {
        var levels = QuantizedGradientsSetting.Read(s);
        return levels == 1
            ? throw new InputException($"technique '{s.Name}' ({TechniqueId}): setting '{QuantizedGradientsSetting.Name}' is 1; expected 0 (off) or 2 to 128 gradient levels")
            : levels;
    }

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var ml = new MLContext(context.Seed);
        var data = MLNetData.Load(ml, training, context.CancellationToken);
        var transformer = MLNetFit.Run(context, () => FitCore(ml, data, training.Task, training.RowCount, context));
        return new BoostedTreesModel(ml, transformer, data.Schema, training.Task, training.FeatureCount, training.OutputLength);
    }

    public override IModel Load(Stream stream) => BoostedTreesModel.Load(stream);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var adapted = new Dictionary<string, string>();
        if (settings.MinRowsPerLeaf is null)
        {
            adapted[MinRowsPerLeafSetting.Name] = MinRowsPerLeafFor(training.RowCount).ToString(CultureInfo.InvariantCulture);
        }

        if (settings.MaxBins is null)
        {
            adapted[MaxBinsSetting.Name] = MaxBinsFor(training.RowCount).ToString(CultureInfo.InvariantCulture);
        }

        return adapted;
    }

    /// <summary>The adaptive bins per feature: LightGBM's 255 below 10,000 training rows, 63 from 10,000.</summary>
    internal static int MaxBinsFor(int rows) => rows >= ManyRows ? BinsForManyRows : MaxBinsSetting.DefaultValue;

    /// <summary>The adaptive minimum of rows per leaf: LightGBM's 20, and a tenth of the rows (at least 1) below 200 rows.</summary>
    internal static int MinRowsPerLeafFor(int rows) => Math.Min(MinRowsPerLeafSetting.DefaultValue, Math.Max(1, rows / 10));

    private ITransformer FitCore(MLContext ml, IDataView data, TaskKind task, int rows, FitContext context)
    {
        var booster = new GradientBooster.Options();
        switch (task)
        {
            case TaskKind.BinaryClassification:
                var binary = ml.BinaryClassification.Trainers.LightGbm(Configure(new LightGbmBinaryTrainer.Options { Booster = booster }, rows, context));
                return LightGbmParameters.With(binary, ExtraParameters()).Fit(data);
            case TaskKind.MulticlassClassification:
                // Softmax always: ML.NET otherwise switches to one-versus-all sigmoids below 50,000 rows.
                var options = Configure(new LightGbmMulticlassTrainer.Options { Booster = booster, UseSoftmax = true }, rows, context);
                return LightGbmParameters.With(ml.MulticlassClassification.Trainers.LightGbm(options), ExtraParameters()).Fit(data);
            default:
                var regression = ml.Regression.Trainers.LightGbm(Configure(new LightGbmRegressionTrainer.Options { Booster = booster }, rows, context));
                return LightGbmParameters.With(regression, ExtraParameters()).Fit(data);
        }
    }

    /// <summary>LightGBM parameters that ML.NET's options lack: quantized training when the settings ask for it.</summary>
    internal Dictionary<string, string> ExtraParameters() => settings.QuantizedGradients == 0
        ? []
        : new Dictionary<string, string>
        {
            ["use_quantized_grad"] = "true",
            ["num_grad_quant_bins"] = settings.QuantizedGradients.ToString(CultureInfo.InvariantCulture),
            ["quant_train_renew_leaf"] = "true",
        };

    private TOptions Configure<TOptions, TOutput, TTransformer, TModel>(LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase options, int rows, FitContext context)
        where TOptions : LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = MLNetData.LabelColumn;
        options.FeatureColumnName = MLNetData.FeaturesColumn;
        options.NumberOfIterations = settings.Iterations;
        options.NumberOfLeaves = settings.Leaves;
        options.LearningRate = settings.LearningRate;
        options.MinimumExampleCountPerLeaf = settings.MinRowsPerLeaf ?? MinRowsPerLeafFor(rows);
        options.MaximumBinCountPerFeature = settings.MaxBins ?? MaxBinsFor(rows);
        options.NumberOfThreads = context.Threads;
        options.Seed = context.Seed;
        // Not deterministic: LightGBM times row- and column-wise histograms on the first round and keeps the faster.
        options.Deterministic = settings.Deterministic;
        options.ForceColumnWise = settings.Deterministic;
        options.Silent = true;
        options.Verbose = false;
        return (TOptions)options;
    }

    /// <summary>The settings, with the declared defaults.</summary>
    internal sealed record Settings
    {
        public int Iterations { get; init; } = IterationsSetting.DefaultValue;

        public int Leaves { get; init; } = LeavesSetting.DefaultValue;

        public double LearningRate { get; init; } = LearningRateSetting.DefaultValue;

        /// <summary>Rows per leaf at least; null adapts to the training rows (<see cref="MinRowsPerLeafFor"/>).</summary>
        public int? MinRowsPerLeaf { get; init; }

        /// <summary>Bins per numeric feature at most (LightGBM's max_bin); null adapts to the training rows (<see cref="MaxBinsFor"/>).</summary>
        public int? MaxBins { get; init; }

        /// <summary>0 for full-precision gradients, or the levels of LightGBM's quantized training.</summary>
        public int QuantizedGradients { get; init; } = QuantizedGradientsSetting.DefaultValue;

        /// <summary>LightGBM's deterministic mode with column-wise histograms (the default), or its own faster choice.</summary>
        public bool Deterministic { get; init; } = DeterministicSetting.DefaultValue;
    }
}
