using Microsoft.ML;
using Microsoft.ML.Trainers;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>
/// Logistic regression by L-BFGS in ML.NET: LbfgsLogisticRegression for two classes, LbfgsMaximumEntropy (multinomial
/// logistic regression) for more. Incremental by warm start: an update continues L-BFGS from the previous
/// coefficients on the new rows.
/// </summary>
internal sealed class LogisticRegressionTechnique(LogisticRegressionTechnique.Settings settings) : IncrementalTechniqueBase<LinearModel>(Descriptor)
{
    public const string TechniqueId = "logistic-regression";

    private static readonly SettingDeclaration<double> L1Setting = SettingDeclaration.Real(
        "l1", 0, "L1 penalty weight (ML.NET's own default is 1; 0 keeps every coefficient, like scikit-learn's default)", min: 0);

    private static readonly SettingDeclaration<double> L2Setting = SettingDeclaration.Real(
        "l2", 1, "L2 penalty weight on the summed log-loss (ML.NET's default; the same as scikit-learn's C = 1)", min: 0);

    private static readonly SettingDeclaration<int> MaxIterationsSetting = SettingDeclaration.Int(
        "max-iterations", 100, "L-BFGS iterations at most (scikit-learn's default; ML.NET's own is unbounded, stopping at tolerance)", min: 1);

    private static readonly SettingDeclaration<double> ToleranceSetting = SettingDeclaration.Real(
        "tolerance", 1e-7, "stop when the relative improvement of the loss falls below this (ML.NET's default)", min: 0);

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Linear,
        Summary = "logistic regression (multinomial for 3+ classes) by L-BFGS in ML.NET, L1/L2; warm-start updates",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.Classification,
            Interpretable = true,
            Incremental = true,
            NeedsScaling = true,
        },
        Settings = [L1Setting, L2Setting, MaxIterationsSetting, ToleranceSetting],
        Search = new SearchSpace([L2Setting.Searched(1e-3, 100, cost: -1, log: true), L1Setting.SearchedAmong(["0", "0.1", "1"])]),
        Create = s => new LogisticRegressionTechnique(new Settings
        {
            L1 = (float)L1Setting.Read(s),
            L2 = (float)L2Setting.Read(s),
            MaxIterations = MaxIterationsSetting.Read(s),
            Tolerance = (float)ToleranceSetting.Read(s),
        }),
    };

    public LogisticRegressionTechnique()
        : this(new Settings())
    {
    }

    public override IModel Load(Stream stream) => LinearModel.Load(stream, TechniqueId, seed: 0);

    protected override IModel FitCore(Dataset training, FitContext context) => Train(training, context, previous: null);

    protected override IModel UpdateCore(LinearModel model, Dataset newRows, FitContext context) => Train(newRows, context, model.Parameters.WarmStart);

    private LinearModel Train(Dataset training, FitContext context, object? previous)
    {
        var ml = new MLContext(context.Seed);
        var data = MLNetData.Load(ml, training, context.CancellationToken);
        ITransformer transformer = training.Task == TaskKind.BinaryClassification
            ? MLNetFit.Run(context, () => FitBinary(ml, data, context.Threads, previous as LinearModelParameters))
            : MLNetFit.Run(context, () => FitMulticlass(ml, data, context.Threads, previous as MaximumEntropyModelParameters));
        return new LinearModel(TechniqueId, ml, transformer, data.Schema, training.Task, training.Features.Select(f => f.Name).ToArray(), training.Target.Levels);
    }

    private ITransformer FitBinary(MLContext ml, IDataView data, int threads, LinearModelParameters? previous)
    {
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(Configure(new LbfgsLogisticRegressionBinaryTrainer.Options(), threads));
        return previous is null ? trainer.Fit(data) : trainer.Fit(data, previous);
    }

    private ITransformer FitMulticlass(MLContext ml, IDataView data, int threads, MaximumEntropyModelParameters? previous)
    {
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(Configure(new LbfgsMaximumEntropyMulticlassTrainer.Options(), threads));
        return previous is null ? trainer.Fit(data) : trainer.Fit(data, previous);
    }

    // The binary and the multinomial trainer take the same L-BFGS options through their shared base.
    private TOptions Configure<TOptions, TTransformer, TModel>(LbfgsTrainerBase<TOptions, TTransformer, TModel>.OptionsBase options, int threads)
        where TOptions : LbfgsTrainerBase<TOptions, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = MLNetData.LabelColumn;
        options.FeatureColumnName = MLNetData.FeaturesColumn;
        options.L1Regularization = settings.L1;
        options.L2Regularization = settings.L2;
        options.MaximumNumberOfIterations = settings.MaxIterations;
        options.OptimizationTolerance = settings.Tolerance;
        options.NumberOfThreads = threads;
        return (TOptions)options;
    }

    /// <summary>The settings, with the declared defaults.</summary>
    internal sealed record Settings
    {
        public float L1 { get; init; } = (float)L1Setting.DefaultValue;

        public float L2 { get; init; } = (float)L2Setting.DefaultValue;

        public int MaxIterations { get; init; } = MaxIterationsSetting.DefaultValue;

        public float Tolerance { get; init; } = (float)ToleranceSetting.DefaultValue;
    }
}
