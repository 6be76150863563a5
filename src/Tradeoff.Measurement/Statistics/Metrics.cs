using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// The accuracy family, computed over the rows <c>rows</c> of a <see cref="PredictionSet"/> (so a bootstrap
/// resample is a list of row indices with repeats). Written by hand rather than with ML.NET's evaluators so
/// that Measurement does not load ML.NET and every definition is in one page a reviewer can check.
/// </summary>
internal static partial class Metrics
{
    /// <summary>Probabilities are clipped to [1e-15, 1 - 1e-15] before the logarithm, as scikit-learn does.</summary>
    public const double LogLossClip = 1e-15;

    /// <summary>The quality ids of the accuracy family that apply to <paramref name="task"/>, the headline first.</summary>
    public static IReadOnlyList<string> For(TaskKind task) => task switch
    {
        TaskKind.BinaryClassification => [QualityIds.Accuracy, QualityIds.MacroF1, QualityIds.Auc, QualityIds.LogLoss],
        TaskKind.MulticlassClassification => [QualityIds.Accuracy, QualityIds.MacroF1, QualityIds.LogLoss],
        _ => [QualityIds.Rmse, QualityIds.Mae, QualityIds.R2],
    };

    /// <summary>Every id of the family, for filtering.</summary>
    public static IReadOnlyList<string> All { get; } = [QualityIds.Accuracy, QualityIds.MacroF1, QualityIds.Auc, QualityIds.LogLoss, QualityIds.Rmse, QualityIds.Mae, QualityIds.R2];

    /// <summary>
    /// The values the metric can take: fractions lie in [0, 1], errors and log-loss are not negative, r2 is at
    /// most 1. A t interval knows nothing of these bounds, so its ends are clipped to them.
    /// </summary>
    public static (double Min, double Max) Range(string id) => id switch
    {
        QualityIds.Accuracy or QualityIds.MacroF1 or QualityIds.Auc => (0, 1),
        QualityIds.R2 => (double.NegativeInfinity, 1),
        _ => (0, double.PositiveInfinity),
    };

    public static double Compute(string id, PredictionSet p, ReadOnlySpan<int> rows) => id switch
    {
        QualityIds.Accuracy => Accuracy(p, rows),
        QualityIds.MacroF1 => MacroF1(p, rows),
        QualityIds.Auc => Auc(p, rows),
        QualityIds.LogLoss => LogLoss(p, rows),
        QualityIds.Rmse => Math.Sqrt(MeanSquaredError(p, rows)),
        QualityIds.Mae => MeanAbsoluteError(p, rows),
        QualityIds.R2 => R2(p, rows),
        _ => throw new ArgumentException($"'{id}' is not a metric of the accuracy family.", nameof(id)),
    };

    public static double Accuracy(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var right = 0;
        foreach (var r in rows)
        {
            right += p.PredictedClass(r) == (int)p.Truth[r] ? 1 : 0;
        }

        return rows.IsEmpty ? double.NaN : right / (double)rows.Length;
    }

    /// <summary>
    /// The unweighted mean over classes of F1 = 2TP / (2TP + FP + FN), over the classes that occur in the truth
    /// or the predictions of these rows (scikit-learn's default label set).
    /// </summary>
    public static double MacroF1(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var tp = new int[p.Width];
        var fp = new int[p.Width];
        var fn = new int[p.Width];
        foreach (var r in rows)
        {
            var truth = (int)p.Truth[r];
            var predicted = p.PredictedClass(r);
            if (truth == predicted)
            {
                tp[truth]++;
            }
            else
            {
                fp[predicted]++;
                fn[truth]++;
            }
        }

        var sum = 0.0;
        var classes = 0;
        for (var c = 0; c < p.Width; c++)
        {
            var denominator = (2 * tp[c]) + fp[c] + fn[c];
            if (denominator > 0)
            {
                sum += 2.0 * tp[c] / denominator;
                classes++;
            }
        }

        return classes == 0 ? double.NaN : sum / classes;
    }

    /// <summary>
    /// The area under the ROC curve of the positive class by the rank-sum (Mann-Whitney) formula, tied scores
    /// sharing their average rank (so a tie between a positive and a negative counts one half). NaN when the
    /// rows hold a single class.
    /// </summary>
    public static double Auc(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var n = rows.Length;
        var scores = new double[n];
        var positive = new bool[n];
        var positives = 0;
        for (var i = 0; i < n; i++)
        {
            scores[i] = p.Probability(rows[i], p.PositiveClass);
            positive[i] = (int)p.Truth[rows[i]] == p.PositiveClass;
            positives += positive[i] ? 1 : 0;
        }

        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(scores, order);
        var positiveRankSum = 0.0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && scores[end + 1] == scores[start])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                positiveRankSum += positive[order[i]] ? averageRank : 0;
            }

            start = end + 1;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>The mean of -ln p(true class), the probability clipped by <see cref="LogLossClip"/>.</summary>
    public static double LogLoss(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var sum = 0.0;
        foreach (var r in rows)
        {
            var probability = Math.Clamp((double)p.Probability(r, (int)p.Truth[r]), LogLossClip, 1 - LogLossClip);
            sum -= Math.Log(probability);
        }

        return rows.IsEmpty ? double.NaN : sum / rows.Length;
    }

    /// <summary>0, 1, ..., n - 1: every row of a set.</summary>
    public static int[] AllRows(int n)
    {
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = i;
        }

        return rows;
    }
}
