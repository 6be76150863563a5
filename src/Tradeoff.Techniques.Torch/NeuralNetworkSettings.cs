using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>The settings of the neural network, read once from a study's <see cref="TechniqueSettings"/>.</summary>
internal sealed record NeuralNetworkSettings
{
    /// <summary>Units of each hidden layer, input side first (the lecture's Keras example: 300 then 100).</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [300, 100];

    /// <summary>Passes over the training rows; the most passes when early stopping is on.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Rows per Adam step.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = 0.001;

    /// <summary>Stop when the loss on a held-out validation split stops improving, and keep the best weights.</summary>
    public bool EarlyStopping { get; init; }

    /// <summary>Share of the training rows held out for early stopping.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Epochs without a better validation loss before stopping.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Passes over the new rows in an incremental update.</summary>
    public int UpdateEpochs { get; init; } = 3;

    /// <summary>The documented settings, as <c>tradeoff techniques</c> lists them.</summary>
    public static IReadOnlyList<HyperparameterInfo> Documented { get; } =
    [
        new("hidden", "int list", "[300, 100]", "units of each hidden layer (ReLU), input side first"),
        new("epochs", "int", "15", "passes over the training rows (the most passes with early stopping)"),
        new("batch-size", "int", "128", "rows per Adam step"),
        new("learning-rate", "double", "0.001", "Adam's step size"),
        new("early-stopping", "bool", "false", "stop when the loss on a validation split stops falling; keep the best weights"),
        new("validation-fraction", "double", "0.1", "share of the training rows held out for early stopping"),
        new("patience", "int", "3", "epochs without a better validation loss before early stopping"),
        new("update-epochs", "int", "3", "passes over the new rows in an incremental update"),
    ];

    /// <summary>What tuning varies: the layers (cheapest first), the passes and Adam's step size.</summary>
    public static SearchSpace SearchSpace { get; } = new(
    [
        SearchDimension.Choice("hidden", ["[32]", "[100]", "[64, 32]", "[300, 100]"], cost: 1),
        SearchDimension.Int("epochs", 3, 40, cost: 1, log: true),
        SearchDimension.Real("learning-rate", 1e-4, 1e-2, log: true),
    ]);

    /// <summary>Reads the settings; an invalid value throws <see cref="Core.InputException"/> naming the key.</summary>
    public static NeuralNetworkSettings From(TechniqueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var defaults = new NeuralNetworkSettings();
        return new NeuralNetworkSettings
        {
            Hidden = settings.GetIntList("hidden", [.. defaults.Hidden]),
            Epochs = settings.GetInt("epochs", defaults.Epochs, 1, 100_000),
            BatchSize = settings.GetInt("batch-size", defaults.BatchSize, 1, 1 << 20),
            LearningRate = settings.GetDouble("learning-rate", defaults.LearningRate, 1e-9, 10),
            EarlyStopping = settings.GetBool("early-stopping", defaults.EarlyStopping),
            ValidationFraction = settings.GetDouble("validation-fraction", defaults.ValidationFraction, 0.01, 0.5),
            Patience = settings.GetInt("patience", defaults.Patience, 1, 10_000),
            UpdateEpochs = settings.GetInt("update-epochs", defaults.UpdateEpochs, 1, 100_000),
        };
    }
}
