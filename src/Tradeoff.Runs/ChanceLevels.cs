using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Runs;

/// <summary>
/// What guessing scores on the training data: the worst end of the predictive qualities' scales. Taken from the data,
/// not from a baseline candidate, so that the scale stays put whether or not a baseline is measured.
/// </summary>
internal static class ChanceLevels
{
    /// <summary>
    /// By quality id. Classification: accuracy is the majority class's share p; macro-f1 is (2p / (1 + p)) / C for C
    /// classes (always predicting the majority class); auc 0.5; log-loss the entropy of the class shares in nats.
    /// Regression: r2 0; rmse the target's population standard deviation; mae the mean absolute deviation from the
    /// median. The task's score measured under other conditions (noise, less data) takes the score's chance level.
    /// </summary>
    public static Dictionary<string, double> Of(Dataset train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var target = train.Target.Values.Where(v => !float.IsNaN(v)).Select(v => (double)v).ToArray();
        var chance = new Dictionary<string, double>(StringComparer.Ordinal);
        if (target.Length == 0)
        {
            return chance;
        }

        double score;
        if (train.Task.IsClassification())
        {
            var shares = target.GroupBy(v => v).Select(g => g.Count() / (double)target.Length).ToList();
            var majority = shares.Max();
            chance[QualityIds.Accuracy] = majority;
            chance[QualityIds.MacroF1] = 2 * majority / (1 + majority) / shares.Count;
            chance[QualityIds.Auc] = 0.5;
            chance[QualityIds.LogLoss] = -shares.Sum(s => s * Math.Log(s));
            score = majority;
        }
        else
        {
            var mean = target.Average();
            var sorted = target.Order().ToArray();
            var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
            chance[QualityIds.R2] = 0;
            chance[QualityIds.Rmse] = Math.Sqrt(target.Average(v => (v - mean) * (v - mean)));
            chance[QualityIds.Mae] = target.Average(v => Math.Abs(v - median));
            score = 0;
        }

        foreach (var quality in ReferenceScales.TaskScoreQualities)
        {
            chance[quality] = score;
        }

        return chance;
    }
}
