using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// The learning curve: each part's model refitted on nested stratified subsamples of its training rows (10, 25
/// and 50%; 100% is the part's own model), scored on the same held-out rows. The fits also give the points
/// of the scale probe.
/// </summary>
internal static class DataNeedsProbe
{
    public static readonly double[] Fractions = [0.1, 0.25, 0.5, 1.0];

    public static readonly string[] CurveIds = [QualityIds.DataNeedsAccuracy10, QualityIds.DataNeedsAccuracy25, QualityIds.DataNeedsAccuracy50, QualityIds.DataNeedsAccuracy100];

    /// <summary>
    /// The curve's points: every part's own model at 100%, and fits on each smaller subsample, one nested draw per part
    /// and round for as many rounds as <paramref name="repetition"/> takes (the 95% interval of the smallest
    /// subsample's mean shortfall from the part's own model decides whether to draw again); the first round's draws are those of a single repetition.
    /// </summary>
    public static (List<CurvePoint> Points, int Rounds) Curve(IReadOnlyList<HeldOutPart> parts, FitRunner runner, ConcurrentFits fits, Budget budget, int seed, RepetitionSpec repetition)
    {
        var points = parts.Select(p => new CurvePoint(p.Index, 1, p.Train.RowCount, Scoring.Score(p.Test, p.Outputs), p.Fit.WallSeconds, p.Fit.PeakMemoryBytes, SizeOf(p.Model))).ToList();
        var smaller = Fractions.Length - 1;
        var rounds = Repetition.Run(
            repetition,
            budget,
            round =>
            {
                var orders = parts.Select(part => NestedOrder(part.Train, new Random(round == 0 ? Seeds.Derive(seed, 40, part.Index) : Seeds.Derive(seed, 40, part.Index, round)))).ToList();
                // A round's fits (every part, every smaller fraction) are independent; they are taken in part, then fraction order.
                points.AddRange(fits.Run(parts.Count * smaller, k =>
                {
                    budget.Check();
                    var (p, i) = (k / smaller, k % smaller);
                    var part = parts[p];
                    var rows = Take(orders[p], Fractions[i]);
                    var fitSeed = round == 0 ? Seeds.Derive(seed, 41, part.Index, i) : Seeds.Derive(seed, 41, part.Index, i, round);
                    var train = part.Train.Subset(rows);
                    if (fits.Width > 1)
                    {
                        // Fits side by side are not timed: they run so only when no scale law of time or memory is asked for (DataNeedsStage).
                        using var untimed = fits.Fit(part.Technique, train, fitSeed, budget.Token);
                        return new CurvePoint(part.Index, Fractions[i], rows.Length, Scoring.Score(part.Test, AccuracyProbe.Predict(untimed, part.Test)), 0, null, SizeOf(untimed));
                    }

                    var (model, record) = runner.Fit(part.Technique, train, fitSeed, budget.Token, detailed: true);
                    using (model)
                    {
                        return new CurvePoint(part.Index, Fractions[i], rows.Length, Scoring.Score(part.Test, AccuracyProbe.Predict(model, part.Test)), record.WallSeconds, record.PeakMemoryBytes, SizeOf(model));
                    }
                }));
            },
            () => Repetition.MeanHalfWidth([.. points.Where(p => p.Fraction == Fractions[0]).Select(p => points.First(f => f.Part == p.Part && f.Fraction >= 1).Score - p.Score)]));
        return ([.. points.OrderBy(p => p.Part).ThenBy(p => p.Fraction)], rounds);
    }

    public static Dictionary<string, QualityValue> Summarize(List<CurvePoint> points, IReadOnlyList<HeldOutPart> parts, string partsText, string score, RepetitionSpec repetition, int rounds, string fitsText = "")
    {
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        var heldOut = parts.ToDictionary(p => p.Index, p => p.Test.RowCount);
        var means = new double[Fractions.Length];
        var rows = new double[Fractions.Length];
        for (var i = 0; i < Fractions.Length; i++)
        {
            var at = points.Where(p => p.Fraction == Fractions[i]).ToList();
            var scores = at.Select(p => p.Score).ToList();
            means[i] = Descriptive.Mean(scores);
            rows[i] = at.Average(p => p.Rows);
            // The correction for overlapping training sets grows with n_test / n_train, and a subsample trains on a
            // fraction of the part: at 10% the ratio is about ten times the full part's.
            var ratio = at.Average(p => heldOut[p.Part] / (double)p.Rows);
            var interval = CorrectedResampledT.Interval(scores, ratio);
            var (min, max) = Metrics.Range(score);
            result[CurveIds[i]] = QualityFactory.Create(CurveIds[i], means[i], $"held-out {score} of a fit on a stratified {Invariant.Number(Fractions[i] * 100)}% subsample (nested, seeded) of the training rows of {partsText}, {(Fractions[i] < 1 ? Repetition.Describe(repetition, rounds, "draw per part", "draws per part") + fitsText : "the part's own model")}; mean over draws and parts; 95% interval from the corrected resampled t with this subsample's own n_test/n_train (held-out rows over rows trained on)") with
            {
                Std = scores.Count > 1 ? Descriptive.Std(scores) : null,
                Lower = interval is { } l ? Math.Max(min, l.Lower) : null,
                Upper = interval is { } u ? Math.Min(max, u.Upper) : null,
                SampleCount = scores.Count,
                Samples = scores,
                Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["rows"] = rows[i], ["test-train-ratio"] = ratio, ["repetitions"] = Fractions[i] < 1 ? rounds : 1 },
            };
        }

        result[QualityIds.DataNeedsRowsTo95] = RowsTo95(means, rows, score);
        return result;
    }

    /// <summary>
    /// The rows where the mean curve first reaches 95% of its score at 100%, interpolated linearly between the
    /// last point below and the first point at or above; the first point when it already reaches it.
    /// </summary>
    public static QualityValue RowsTo95(double[] means, double[] rows, string score)
    {
        var full = means[^1];
        var details = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < means.Length; i++)
        {
            details[$"{Invariant.Number(Fractions[i] * 100)}%"] = means[i];
        }

        if (!(full > 0))
        {
            return QualityFactory.Unavailable(QualityIds.DataNeedsRowsTo95, $"not available: the {score} at 100% is not positive, so 95% of it means nothing");
        }

        var target = 0.95 * full;
        var first = Array.FindIndex(means, m => m >= target);
        var line = $"training rows where the mean learning curve reaches 95% of its {score} at 100% ({QualityFormat.Value(target, "fraction")}), linear between curve points";
        if (first <= 0)
        {
            return QualityFactory.Create(QualityIds.DataNeedsRowsTo95, rows[0], line) with { Details = details, Note = "reached at the smallest subsample: at most this many rows", SampleCount = means.Length };
        }

        var t = (target - means[first - 1]) / (means[first] - means[first - 1]);
        return QualityFactory.Create(QualityIds.DataNeedsRowsTo95, rows[first - 1] + (t * (rows[first] - rows[first - 1])), line) with { Details = details, SampleCount = means.Length };
    }

    /// <summary>The rows of a stratified subsample of <paramref name="fraction"/> of <paramref name="train"/>, drawn as the learning curve draws them.</summary>
    public static int[] Subsample(Dataset train, double fraction, int seed) => Take(NestedOrder(train, new Random(seed)), fraction);

    /// <summary>Per class, the rows in a seeded random order; a fraction takes the same leading share of each class, so subsamples are nested and stratified.</summary>
    private static List<int[]> NestedOrder(Dataset train, Random random)
    {
        var groups = train.Task.IsClassification()
            ? train.ClassIndices().Select((c, r) => (c, r)).GroupBy(x => x.c).OrderBy(g => g.Key).Select(g => g.Select(x => x.r).ToArray()).ToList()
            : [Metrics.AllRows(train.RowCount)];
        foreach (var group in groups)
        {
            random.Shuffle(group);
        }

        return groups;
    }

    private static int[] Take(List<int[]> order, double fraction)
    {
        var rows = new List<int>();
        foreach (var group in order)
        {
            rows.AddRange(group.Take(Math.Max(1, (int)Math.Ceiling(fraction * group.Length))));
        }

        rows.Sort();
        return [.. rows];
    }

    private static long SizeOf(IModel model)
    {
        using var counter = new CountingStream();
        model.Save(counter);
        return counter.Length;
    }
}
