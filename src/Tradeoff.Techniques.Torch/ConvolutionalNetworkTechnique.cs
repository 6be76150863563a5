using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// A convolutional network for images trained with libtorch: blocks of a square convolution (ReLU) and 2x2 max
/// pooling (32 then 64 channels of 3x3 by default), a dense head (128 ReLU units) and a softmax output, Adam on
/// mini-batches. The features are the pixels of one image per row: a square grey image, or the shape the study
/// gives; other data are refused before any training. It predicts in managed code (see <see cref="ConvModel"/>).
/// </summary>
internal sealed class ConvolutionalNetworkTechnique : TechniqueBase
{
    public const string TechniqueId = "convolutional-network";

    private readonly ConvolutionalNetworkSettings _settings;

    public ConvolutionalNetworkTechnique(ConvolutionalNetworkSettings? settings = null)
        : base(Descriptor)
    {
        _settings = settings ?? new ConvolutionalNetworkSettings();
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Neural,
        Summary = "convolutional network for images (convolution + max pooling blocks, dense head, Adam) trained with libtorch",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.Classification,
            Interpretable = false,
            Incremental = false,
            // Pixels share one scale, which the model sets itself; standardizing each pixel apart would change the images.
            NeedsScaling = false,
            HandlesMissing = false,
            HandlesCategorical = false,
        },
        Settings = ConvolutionalNetworkSettings.Declared,
        Search = ConvolutionalNetworkSettings.SearchSpace,
        Create = settings => new ConvolutionalNetworkTechnique(ConvolutionalNetworkSettings.From(settings)),
        CheckAvailability = static () => TorchRuntime.UnavailableReason,
    };

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var shape = Applicable(training);
        var data = TrainingSet.From(training, scale: null);
        var pixelScale = data.FeatureScale();
        var start = ConvWeights.Initialize(shape, _settings.Channels, _settings.Kernel, _settings.Dense, training.OutputLength, context.Seed);
        var (weights, losses) = new ConvTrainer(_settings, context).Train(start, data, pixelScale);
        return new ConvModel(weights, pixelScale, losses);
    }

    public override IModel Load(Stream stream) => ConvModel.Load(stream);

    public override string? CannotLearn(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            Applicable(data);
            return null;
        }
        catch (InputException e)
        {
            return e.Message;
        }
    }

    // Refuses data that are not images of a size the blocks can pool, with the reason, before any training.
    private ImageShape Applicable(Dataset training)
    {
        var shape = ImageShape.Of(_settings.Shape, training.FeatureCount, training.Source);
        var after = shape;
        foreach (var channels in _settings.Channels)
        {
            after = after.AfterBlock(channels, _settings.Kernel);
            if (after.Height < 1 || after.Width < 1)
            {
                throw new InputException(
                    $"{training.Source}: images of {shape} are too small for {_settings.Channels.Count} blocks of {_settings.Kernel}x{_settings.Kernel} convolution and 2x2 pooling.");
            }
        }

        return shape;
    }
}
