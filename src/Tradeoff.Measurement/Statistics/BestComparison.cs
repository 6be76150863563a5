using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Probes;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// Weka Experimenter's comparison: for each quality of the accuracy family, the technique with the best mean is
/// the reference and every other technique is tested against it with the corrected resampled paired t-test at
/// 0.05 on the fold scores (the same folds for every technique). Notes: <c>best</c>, <c>better</c>,
/// <c>worse</c>, <c>not significant</c>, or why no test was possible.
/// </summary>
internal static class BestComparison
{
    public const double Alpha = 0.05;

    public static IReadOnlyList<TechniqueResult> Mark(IReadOnlyList<TechniqueResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var notes = results.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        foreach (var metric in Metrics.All)
        {
            var direction = QualityCatalog.Find(metric)!.Direction;
            var candidates = Enumerable.Range(0, results.Count)
                .Where(i => results[i].Qualities.TryGetValue(metric, out var q) && q.IsAvailable)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var sign = direction == Direction.LowerIsBetter ? -1 : 1;
            var best = candidates.MaxBy(i => sign * results[i].Qualities[metric].Value);
            var reference = results[best].Qualities[metric];
            notes[best][metric] = QualityNotes.Best;
            foreach (var i in candidates.Where(i => i != best))
            {
                notes[i][metric] = Verdict(results[i].Qualities[metric], reference, sign);
            }
        }

        return results.Select((r, i) => notes[i].Count == 0 ? r : r with { Qualities = WithNotes(r.Qualities, notes[i]) }).ToList();
    }

    private static string Verdict(QualityValue candidate, QualityValue reference, int sign)
    {
        if (candidate.Samples is not { Count: >= 2 } a || reference.Samples is not { } b || a.Count != b.Count)
        {
            return QualityNotes.Untested;
        }

        var ratio = reference.Details?.GetValueOrDefault(AccuracyProbe.TestTrainRatioKey) ?? 0;
        var (t, p) = CorrectedResampledT.PairedTest(a, b, ratio);
        if (p >= Alpha)
        {
            return QualityNotes.NotSignificant;
        }

        // A tie in means can still differ fold by fold; the sign of t then says which way.
        return sign * t > 0 ? QualityNotes.Better : QualityNotes.Worse;
    }

    private static Dictionary<string, QualityValue> WithNotes(IReadOnlyDictionary<string, QualityValue> qualities, Dictionary<string, string> notes)
    {
        var copy = qualities.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        foreach (var (id, note) in notes)
        {
            copy[id] = copy[id] with { Note = note };
        }

        return copy;
    }
}
