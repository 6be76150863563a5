using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// A multi-layer perceptron trained with libtorch (TorchSharp): ReLU hidden layers (300 and 100 by default, the
/// lecture's Keras network for Fashion-MNIST), a softmax output trained on cross-entropy (or one linear output on
/// mean squared error for regression), Adam on mini-batches, a fixed number of epochs or early stopping. A model
/// continues training on new rows (incremental). It predicts in managed code (see <see cref="MlpModel"/>).
/// </summary>
internal sealed class NeuralNetworkTechnique : IncrementalTechniqueBase<MlpModel>
{
    public const string TechniqueId = "neural-network";

    private readonly NeuralNetworkSettings _settings;

    public NeuralNetworkTechnique(NeuralNetworkSettings? settings = null)
        : base(Descriptor)
    {
        _settings = settings ?? new NeuralNetworkSettings();
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Neural,
        Summary = "multi-layer perceptron (ReLU, softmax, Adam) trained with libtorch; predicts in managed code",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            Interpretable = false,
            Incremental = true,
            NeedsScaling = true,
            HandlesMissing = false,
            HandlesCategorical = false,
        },
        Settings = NeuralNetworkSettings.Declared,
        Search = NeuralNetworkSettings.SearchSpace,
        Create = settings => new NeuralNetworkTechnique(NeuralNetworkSettings.From(settings)),
        CheckAvailability = static () => TorchRuntime.UnavailableReason,
    };

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        TargetScale? scale = training.Task.IsClassification() ? null : TargetScale.Fit(training.Target.Values);
        var data = TrainingSet.From(training, scale);
        var settings = _settings.ResolvedFor(training.RowCount);
        var start = MlpWeights.Initialize(training.FeatureCount, settings.Hidden, training.OutputLength, context.Seed);
        var (weights, losses) = new MlpTrainer(settings, context).Train(start, data, settings.Epochs);
        return new MlpModel(weights, scale, losses);
    }

    /// <summary>
    /// Continues training <paramref name="trained"/> on <paramref name="newRows"/> for the update-epochs setting, from
    /// its weights with a fresh Adam state (the optimizer's moments are not kept with a model); the adaptive defaults
    /// follow the new rows' count.
    /// </summary>
    protected override IModel UpdateCore(MlpModel trained, Dataset newRows, FitContext context)
    {
        if (newRows.FeatureCount != trained.Weights.Inputs || newRows.OutputLength != trained.OutputLength
            || newRows.Task.IsClassification() != trained.Regression is null)
        {
            throw new InputException(
                $"{newRows.Source}: the new rows have {newRows.FeatureCount} features and {newRows.OutputLength} outputs; the model takes {trained.Weights.Inputs} and gives {trained.OutputLength}.");
        }

        var data = TrainingSet.From(newRows, trained.Regression);
        var settings = _settings.ResolvedFor(newRows.RowCount);
        var (weights, losses) = new MlpTrainer(settings, context).Train(trained.Weights, data, settings.UpdateEpochs);
        return new MlpModel(weights, trained.Regression, losses);
    }

    public override IModel Load(Stream stream) => MlpModel.Load(stream);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> AdaptedSettings(Dataset training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return _settings.AdaptedFor(training.RowCount);
    }
}
