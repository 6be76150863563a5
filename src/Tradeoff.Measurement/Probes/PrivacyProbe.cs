using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// What a model leaks about its training rows: the generalization gap, and the loss-threshold
/// membership-inference attack of Yeom et al. (2018): a row whose loss is low is guessed a member; the AUC of
/// that guess over the part's training rows (members) and held-out rows (non-members), 0.5 when nothing leaks.
/// </summary>
internal static class PrivacyProbe
{
    /// <summary>Training rows scored per part, sampled when there are more: bounds the cost on large data.</summary>
    public const int MaxMembers = 2000;

    public static Dictionary<string, QualityValue> Measure(IReadOnlyList<HeldOutPart> parts, Budget budget, int seed, string partsText)
    {
        var classification = parts[0].Test.Task.IsClassification();
        var gaps = new List<double>();
        var lossGaps = new List<double>();
        var aucs = new List<double>();
        var trainScores = new List<double>();
        var testScores = new List<double>();
        foreach (var part in parts)
        {
            budget.Check();
            var members = Members(part, seed);
            var memberOutputs = AccuracyProbe.Predict(part.Model, members);
            var memberLoss = Losses(members, memberOutputs);
            var heldOutLoss = Losses(part.Test, part.Outputs);
            trainScores.Add(Scoring.Score(members, memberOutputs));
            testScores.Add(Scoring.Score(part.Test, part.Outputs));
            gaps.Add(trainScores[^1] - testScores[^1]);
            lossGaps.Add(heldOutLoss.Average() - memberLoss.Average());
            aucs.Add(MembershipAuc(memberLoss, heldOutLoss));
        }

        var score = Scoring.Name(parts[0].Test.Task);
        var loss = classification ? "log-loss (-ln p of the true class, clipped at 1e-15)" : "squared error";
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            [QualityIds.PrivacyGeneralizationGap] = Summary(QualityIds.PrivacyGeneralizationGap, gaps, $"{score} on the part's training rows (at most {QualityFormat.Count(MaxMembers)}, sampled) minus on its held-out rows, {partsText}; mean over parts") with
            {
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["train"] = Descriptive.Mean(trainScores), ["held-out"] = Descriptive.Mean(testScores) },
            },
            [QualityIds.PrivacyMembershipAuc] = Summary(QualityIds.PrivacyMembershipAuc, aucs, $"AUC of the loss-threshold membership attack (Yeom et al. 2018; lower {loss} => member) on the part's training rows (members, at most {QualityFormat.Count(MaxMembers)}) against its held-out rows, {partsText}; mean over parts; 0.5 = no leak"),
        };
        result[QualityIds.PrivacyLossGap] = classification
            ? Summary(QualityIds.PrivacyLossGap, lossGaps, $"mean held-out minus mean training log-loss, {partsText}; mean over parts")
            : QualityFactory.Unavailable(QualityIds.PrivacyLossGap, "not available: log-loss applies to classification (the generalization gap uses r2)");
        return result;
    }

    /// <summary>The attack's AUC: members are the positives, and a lower loss is a higher score.</summary>
    public static double MembershipAuc(IReadOnlyList<double> memberLoss, IReadOnlyList<double> heldOutLoss)
    {
        var scores = memberLoss.Concat(heldOutLoss).Select(l => -l).ToList();
        var member = Enumerable.Repeat(true, memberLoss.Count).Concat(Enumerable.Repeat(false, heldOutLoss.Count)).ToList();
        return RankAuc.Compute(scores, member);
    }

    /// <summary>The loss of each row: -ln p(true class), clipped as log-loss is; or the squared error.</summary>
    public static double[] Losses(Dataset data, float[] outputs)
    {
        var set = PredictionSet.Of(data, outputs);
        var losses = new double[data.RowCount];
        for (var r = 0; r < losses.Length; r++)
        {
            if (data.Task.IsClassification())
            {
                losses[r] = -Math.Log(Math.Clamp((double)set.Probability(r, (int)set.Truth[r]), Metrics.LogLossClip, 1 - Metrics.LogLossClip));
            }
            else
            {
                var e = (double)outputs[r] - data.Target.Values[r];
                losses[r] = e * e;
            }
        }

        return losses;
    }

    private static Dataset Members(HeldOutPart part, int seed)
    {
        if (part.Train.RowCount <= MaxMembers)
        {
            return part.Train;
        }

        var rows = Metrics.AllRows(part.Train.RowCount);
        new Random(Seeds.Derive(seed, 31, part.Index)).Shuffle(rows);
        return part.Train.Subset(rows.AsSpan(0, MaxMembers));
    }

    private static QualityValue Summary(string id, List<double> values, string line) =>
        QualityFactory.Create(id, Descriptive.Mean(values), line) with
        {
            Std = values.Count > 1 ? Descriptive.Std(values) : null,
            SampleCount = values.Count,
            Samples = values,
        };
}
