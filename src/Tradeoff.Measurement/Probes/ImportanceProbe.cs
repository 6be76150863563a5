using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Permutation feature importance on held-out rows (Breiman 2001, as scikit-learn's permutation_importance):
/// permute one raw feature's column among the held-out rows of a part, and take the drop of the score.
/// </summary>
internal static class ImportanceProbe
{
    /// <summary>Held-out rows used in all, split over the parts: bounds the predictions to about R x features x 2,000.</summary>
    public const int MaxRows = 2000;

    public const int Top = 10;

    /// <summary>Rows of each part's sample the screening of wide data permutes.</summary>
    public const int ScreenRows = 200;

    public static (QualityValue Top, QualityValue All) Measure(IReadOnlyList<HeldOutPart> parts, int repeats, int maxFeatures, int seed, Budget budget, string partsText)
    {
        var heldOut = parts[0].Test;
        var width = heldOut.FeatureCount;
        var perPart = Math.Max(1, MaxRows / parts.Count);
        var samples = parts.Select(p => Sample(p, perPart, seed)).ToList();
        var order = Metrics.AllRows(width);
        new Random(Seeds.Derive(seed, 25)).Shuffle(order);
        var evaluated = width <= maxFeatures ? order : Screen(samples, order, width, maxFeatures, seed, budget);
        var drops = new Dictionary<string, (double Mean, double Std)>(StringComparer.Ordinal);
        foreach (var f in evaluated)
        {
            var values = new List<double>();
            foreach (var (part, data, matrix, baseScore) in samples)
            {
                // The column is permuted in place and put back after each permutation (the matrix may be the part's own,
                // which later probes read): a copy of the whole matrix per feature and permutation (784 x 3 for
                // Fashion-MNIST) would only churn the large-object heap.
                var column = Column(matrix, width, f);
                for (var r = 0; r < repeats; r++)
                {
                    budget.Check();
                    Permute(matrix, width, f, new Random(Seeds.Derive(seed, 24, part.Index, f, r)));
                    try
                    {
                        values.Add(baseScore - Scoring.Score(data, Scoring.Predict(part.Model, matrix, data.RowCount)));
                    }
                    finally
                    {
                        Restore(matrix, width, f, column);
                    }
                }
            }

            drops[heldOut.Features[f].Name] = (Descriptive.Mean(values), values.Count > 1 ? Descriptive.Std(values) : 0);
        }

        var ranked = drops.OrderByDescending(d => d.Value.Mean).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
        var score = Scoring.Name(heldOut.Task);
        var rows = samples.Sum(s => s.Data.RowCount);
        var cut = drops.Count < width ? $"; the {QualityFormat.Count(drops.Count)} of the {QualityFormat.Count(width)} features with the largest drops in a screening of every feature (1 seeded permutation among the first {QualityFormat.Count(ScreenRows)} rows of each part's sample)" : "";
        var line = $"drop in {score} when one raw feature is permuted among {QualityFormat.Count(rows)} held-out rows ({partsText}; at most {QualityFormat.Count(MaxRows)} rows), {QualityFormat.Count(repeats)} seeded permutations per part, mean over parts and permutations{cut}";
        var top = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, (mean, std)) in ranked.Take(Top))
        {
            top[name] = mean;
            top[name + " std"] = std;
        }

        var best = ranked.Count > 0 ? ranked[0].Value.Mean : double.NaN;
        // With every drop at zero (a model that ignores its input) naming a "most important" feature would mislead.
        var note = ranked.Count > 0 && ranked[0].Value.Mean > 0 ? $"most important: {ranked[0].Key}" : "no feature's permutation lowers the score";
        var topValue = QualityFactory.Create(QualityIds.Importance, best, $"largest {line}; Details: the top {QualityFormat.Count(Top)} features' mean drop and its std") with
        {
            Details = top,
            SampleCount = drops.Count,
            Note = note,
        };
        var all = QualityFactory.Create(QualityIds.ImportanceAll, best, $"largest {line}; Details: every feature evaluated") with
        {
            Details = ranked.ToDictionary(d => d.Key, d => d.Value.Mean, StringComparer.Ordinal),
            SampleCount = drops.Count,
            Note = note,
        };
        return (topValue, all);
    }

    /// <summary>
    /// Every feature's drop from one seeded permutation among the first <see cref="ScreenRows"/> rows of each part's
    /// sample: the <paramref name="keep"/> features with the largest (ties in the seeded order) are evaluated in full.
    /// A screen, not a random sample: Fashion-MNIST's tree reads a few pixels, and a random 50 of the 784 missed them
    /// (its largest drop 0.0178 against 0.2225 over all 784).
    /// </summary>
    private static int[] Screen(List<(HeldOutPart Part, Core.Data.Dataset Data, float[] Matrix, double BaseScore)> samples, int[] order, int width, int keep, int seed, Budget budget)
    {
        var screens = samples.Select(s =>
        {
            var rows = Math.Min(ScreenRows, s.Data.RowCount);
            var data = s.Data.Subset(Metrics.AllRows(rows));
            var matrix = s.Matrix.AsSpan(0, rows * width).ToArray();
            return (s.Part, Data: data, Matrix: matrix, BaseScore: Scoring.Score(data, Scoring.Predict(s.Part.Model, matrix, rows)));
        }).ToList();
        var drop = new double[width];
        foreach (var f in order)
        {
            foreach (var (part, data, matrix, baseScore) in screens)
            {
                budget.Check();
                var column = Column(matrix, width, f);
                Permute(matrix, width, f, new Random(Seeds.Derive(seed, 27, part.Index, f)));
                drop[f] += baseScore - Scoring.Score(data, Scoring.Predict(part.Model, matrix, data.RowCount));
                Restore(matrix, width, f, column);
            }
        }

        return [.. order.Select((f, rank) => (f, rank)).OrderByDescending(x => drop[x.f]).ThenBy(x => x.rank).Take(keep).Select(x => x.f)];
    }

    private static (HeldOutPart Part, Core.Data.Dataset Data, float[] Matrix, double BaseScore) Sample(HeldOutPart part, int max, int seed)
    {
        if (part.Test.RowCount <= max)
        {
            return (part, part.Test, part.TestMatrix, Scoring.Score(part.Test, part.Outputs));
        }

        var rows = Metrics.AllRows(part.Test.RowCount);
        new Random(Seeds.Derive(seed, 26, part.Index)).Shuffle(rows);
        var data = part.Test.Subset(rows.AsSpan(0, max));
        var matrix = data.ToRowMajor();
        return (part, data, matrix, Scoring.Score(data, Scoring.Predict(part.Model, matrix, data.RowCount)));
    }

    private static float[] Column(float[] matrix, int width, int column)
    {
        var values = new float[matrix.Length / width];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = matrix[(i * width) + column];
        }

        return values;
    }

    private static void Restore(float[] matrix, int width, int column, float[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            matrix[(i * width) + column] = values[i];
        }
    }

    private static void Permute(float[] matrix, int width, int column, Random random)
    {
        var rows = matrix.Length / width;
        for (var i = rows - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (matrix[(i * width) + column], matrix[(j * width) + column]) = (matrix[(j * width) + column], matrix[(i * width) + column]);
        }
    }
}
