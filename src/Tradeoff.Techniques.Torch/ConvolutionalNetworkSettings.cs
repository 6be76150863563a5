using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>The settings of the convolutional network, read once from a study's <see cref="TechniqueSettings"/>.</summary>
internal sealed record ConvolutionalNetworkSettings
{
    private static readonly SettingDeclaration<IReadOnlyList<int>> ShapeSetting = SettingDeclaration.IntList(
        "shape", [], "the image: [height, width] or [channels, height, width], pixels channel-major; empty: a square grey image");

    private static readonly SettingDeclaration<IReadOnlyList<int>> ChannelsSetting = SettingDeclaration.IntList(
        "channels", [32, 64], "output channels of each block (convolution, ReLU, 2x2 max pooling), input side first");

    private static readonly SettingDeclaration<int> KernelSetting = SettingDeclaration.Int("kernel", 3, "side of the square convolution kernels", min: 1, max: 15);

    private static readonly SettingDeclaration<IReadOnlyList<int>> DenseSetting =
        SettingDeclaration.IntList("dense", [128], "units of each dense layer (ReLU) after the blocks, before the softmax output");

    private static readonly SettingDeclaration<int> EpochsSetting = SettingDeclaration.Int("epochs", 6, "passes over the training rows", min: 1, max: 100_000);

    private static readonly SettingDeclaration<int> BatchSizeSetting = SettingDeclaration.Int("batch-size", 64, "images per Adam step", min: 1, max: 1 << 20);

    private static readonly SettingDeclaration<double> LearningRateSetting = SettingDeclaration.Real("learning-rate", 0.001, "Adam's step size", min: 1e-9, max: 10);

    /// <summary>The image shape; empty when the features are a square grey image.</summary>
    public IReadOnlyList<int> Shape { get; init; } = ShapeSetting.DefaultValue;

    /// <summary>Output channels of each convolution block, input side first.</summary>
    public IReadOnlyList<int> Channels { get; init; } = ChannelsSetting.DefaultValue;

    /// <summary>Side of the square convolution kernels.</summary>
    public int Kernel { get; init; } = KernelSetting.DefaultValue;

    /// <summary>Units of each dense layer between the blocks and the output.</summary>
    public IReadOnlyList<int> Dense { get; init; } = DenseSetting.DefaultValue;

    /// <summary>Passes over the training rows.</summary>
    public int Epochs { get; init; } = EpochsSetting.DefaultValue;

    /// <summary>Images per Adam step.</summary>
    public int BatchSize { get; init; } = BatchSizeSetting.DefaultValue;

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = LearningRateSetting.DefaultValue;

    /// <summary>The declared settings, as <c>tradeoff techniques</c> lists them.</summary>
    public static IReadOnlyList<SettingDeclaration> Declared { get; } =
        [ShapeSetting, ChannelsSetting, KernelSetting, DenseSetting, EpochsSetting, BatchSizeSetting, LearningRateSetting];

    /// <summary>What tuning varies: the blocks (cheapest first), the passes and Adam's step size.</summary>
    public static SearchSpace SearchSpace { get; } = new(
    [
        ChannelsSetting.SearchedAmong(["[8, 16]", "[16, 32]", "[32, 64]"], cost: 1),
        EpochsSetting.Searched(2, 20, cost: 1, log: true),
        LearningRateSetting.Searched(1e-4, 1e-2, log: true),
    ]);

    /// <summary>Reads the settings; an invalid value throws <see cref="Core.InputException"/> naming the key.</summary>
    public static ConvolutionalNetworkSettings From(TechniqueSettings settings) => new()
    {
        Shape = ShapeSetting.Read(settings),
        Channels = ChannelsSetting.Read(settings),
        Kernel = KernelSetting.Read(settings),
        Dense = DenseSetting.Read(settings),
        Epochs = EpochsSetting.Read(settings),
        BatchSize = BatchSizeSetting.Read(settings),
        LearningRate = LearningRateSetting.Read(settings),
    };
}
