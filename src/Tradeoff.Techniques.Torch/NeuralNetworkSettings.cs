using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>The settings of the neural network, read once from a study's <see cref="TechniqueSettings"/>.</summary>
internal sealed partial record NeuralNetworkSettings
{
    private static readonly SettingDeclaration<IReadOnlyList<int>> HiddenSetting =
        SettingDeclaration.IntList("hidden", [300, 100], "units of each hidden layer (ReLU), input side first");

    private static readonly SettingDeclaration<int> EpochsSetting =
        SettingDeclaration.Int("epochs", 15, "passes over the training rows (the most passes with early stopping)", min: 1, max: 100_000)
            .AdaptingBy("200 below 10,000 training rows (scikit-learn's max_iter), else 15");

    private static readonly SettingDeclaration<int> BatchSizeSetting = SettingDeclaration.Int("batch-size", 128, "rows per Adam step", min: 1, max: 1 << 20)
        .AdaptingBy("min(200, rows) below 10,000 training rows (scikit-learn's), else 128");

    private static readonly SettingDeclaration<double> LearningRateSetting = SettingDeclaration.Real("learning-rate", 0.001, "Adam's step size", min: 1e-9, max: 10)
        .AdaptingBy("0.003 below 10,000 training rows (few steps per epoch), else 0.001");

    private static readonly SettingDeclaration<bool> EarlyStoppingSetting =
        SettingDeclaration.Bool("early-stopping", false, "stop when the loss on a validation split stops falling; keep the best weights")
            .AdaptingBy("true below 10,000 training rows if the validation split has at least 20 rows, else false");

    private static readonly SettingDeclaration<double> ValidationFractionSetting =
        SettingDeclaration.Real("validation-fraction", 0.1, "share of the training rows held out for early stopping", min: 0.01, max: 0.5);

    private static readonly SettingDeclaration<int> PatienceSetting =
        SettingDeclaration.Int("patience", 3, "epochs without a better validation loss before early stopping", min: 1, max: 10_000)
            .AdaptingBy("10 below 10,000 training rows (scikit-learn's n_iter_no_change), else 3");

    private static readonly IReadOnlySet<string> NoneAdapting = new HashSet<string>();

    private static readonly SettingDeclaration<int> UpdateEpochsSetting =
        SettingDeclaration.Int("update-epochs", 3, "passes over the new rows in an incremental update", min: 1, max: 100_000);

    /// <summary>Units of each hidden layer, input side first (the lecture's Keras example: 300 then 100).</summary>
    public IReadOnlyList<int> Hidden { get; init; } = HiddenSetting.DefaultValue;

    /// <summary>Passes over the training rows; the most passes when early stopping is on.</summary>
    public int Epochs { get; init; } = EpochsSetting.DefaultValue;

    /// <summary>Rows per Adam step.</summary>
    public int BatchSize { get; init; } = BatchSizeSetting.DefaultValue;

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = LearningRateSetting.DefaultValue;

    /// <summary>Stop when the loss on a held-out validation split stops improving, and keep the best weights.</summary>
    public bool EarlyStopping { get; init; } = EarlyStoppingSetting.DefaultValue;

    /// <summary>Share of the training rows held out for early stopping.</summary>
    public double ValidationFraction { get; init; } = ValidationFractionSetting.DefaultValue;

    /// <summary>Epochs without a better validation loss before stopping.</summary>
    public int Patience { get; init; } = PatienceSetting.DefaultValue;

    /// <summary>Passes over the new rows in an incremental update.</summary>
    public int UpdateEpochs { get; init; } = UpdateEpochsSetting.DefaultValue;

    /// <summary>
    /// The keys of the settings the study left to adapt to the training rows (<see cref="ResolvedFor"/>); empty when
    /// the values above are used as they are.
    /// </summary>
    public IReadOnlySet<string> Adapting { get; init; } = NoneAdapting;

    /// <summary>The declared settings, as <c>tradeoff techniques</c> lists them.</summary>
    public static IReadOnlyList<SettingDeclaration> Declared { get; } =
    [
        HiddenSetting, EpochsSetting, BatchSizeSetting, LearningRateSetting, EarlyStoppingSetting, ValidationFractionSetting, PatienceSetting, UpdateEpochsSetting,
    ];

    /// <summary>What tuning varies: the layers (cheapest first), the passes and Adam's step size.</summary>
    public static SearchSpace SearchSpace { get; } = new(
    [
        HiddenSetting.SearchedAmong(["[32]", "[100]", "[64, 32]", "[300, 100]"], cost: 1),
        EpochsSetting.Searched(3, 40, cost: 1, log: true),
        LearningRateSetting.Searched(1e-4, 1e-2, log: true),
    ]);

    /// <summary>Reads the settings; an invalid value throws <see cref="Core.InputException"/> naming the key.</summary>
    public static NeuralNetworkSettings From(TechniqueSettings settings) => new()
    {
        Adapting = Declared.Where(d => d.Adapts is not null && !d.IsGiven(settings)).Select(d => d.Name).ToHashSet() is { Count: > 0 } adapting ? adapting : NoneAdapting,
        Hidden = HiddenSetting.Read(settings),
        Epochs = EpochsSetting.Read(settings),
        BatchSize = BatchSizeSetting.Read(settings),
        LearningRate = LearningRateSetting.Read(settings),
        EarlyStopping = EarlyStoppingSetting.Read(settings),
        ValidationFraction = ValidationFractionSetting.Read(settings),
        Patience = PatienceSetting.Read(settings),
        UpdateEpochs = UpdateEpochsSetting.Read(settings),
    };
}
