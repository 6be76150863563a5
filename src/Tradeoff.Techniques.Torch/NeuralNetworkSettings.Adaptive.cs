using System.Globalization;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>
/// The defaults that adapt to the training rows. The fixed defaults suit Fashion-MNIST's 60,000 rows (15 epochs of
/// batches of 128); on 150 rows they make 30 Adam steps and leave iris at 0.840 by 10-fold cross-validation. Below
/// <see cref="LargeRows"/> the network trains as scikit-learn's MLPClassifier does (batches of min(200, rows), up to
/// 200 epochs, 10 epochs of patience) with early stopping on the validation split (when it has at least
/// <see cref="MinValidationRows"/> rows) and a step of 0.003, chosen by
/// 10-fold cross-validation on iris, diabetes, credit-g, breast-cancer and segment (docs/VALIDATION.md).
/// </summary>
internal sealed partial record NeuralNetworkSettings
{
    /// <summary>The training rows from which the fixed (large-data) defaults hold.</summary>
    public const int LargeRows = 10_000;

    /// <summary>
    /// The fewest validation rows early stopping adapts on: the loss of iris's 13 held-out rows is too noisy to stop by
    /// (10 x 10-fold: 0.937 with early stopping, 0.953 without), breast-cancer's 26 are not (0.728 with, 0.707 without).
    /// </summary>
    public const int MinValidationRows = 20;

    /// <summary>The settings a fit on <paramref name="rows"/> training rows uses: the adapting ones set by their rule.</summary>
    public NeuralNetworkSettings ResolvedFor(int rows)
    {
        if (Adapting.Count == 0 || rows >= LargeRows)
        {
            return this with { Adapting = NoneAdapting };
        }

        return this with
        {
            Epochs = Adapts(EpochsSetting) ? 200 : Epochs,
            BatchSize = Adapts(BatchSizeSetting) ? Math.Clamp(rows, 1, 200) : BatchSize,
            LearningRate = Adapts(LearningRateSetting) ? 0.003 : LearningRate,
            EarlyStopping = Adapts(EarlyStoppingSetting) ? Math.Round(rows * ValidationFraction) >= MinValidationRows : EarlyStopping,
            Patience = Adapts(PatienceSetting) ? 10 : Patience,
            Adapting = NoneAdapting,
        };
    }

    /// <summary>The adapting settings' values for <paramref name="rows"/> training rows, as a study would write them.</summary>
    public IReadOnlyDictionary<string, string> AdaptedFor(int rows)
    {
        var resolved = ResolvedFor(rows);
        var values = new Dictionary<string, string>
        {
            [EpochsSetting.Name] = resolved.Epochs.ToString(CultureInfo.InvariantCulture),
            [BatchSizeSetting.Name] = resolved.BatchSize.ToString(CultureInfo.InvariantCulture),
            [LearningRateSetting.Name] = resolved.LearningRate.ToString(CultureInfo.InvariantCulture),
            [EarlyStoppingSetting.Name] = resolved.EarlyStopping ? "true" : "false",
            [PatienceSetting.Name] = resolved.Patience.ToString(CultureInfo.InvariantCulture),
        };
        return values.Where(v => Adapting.Contains(v.Key)).ToDictionary();
    }

    private bool Adapts(SettingDeclaration setting) => Adapting.Contains(setting.Name);
}
