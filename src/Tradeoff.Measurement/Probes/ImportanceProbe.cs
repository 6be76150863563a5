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

    public static (QualityValue Top, QualityValue All) Measure(IReadOnlyList<HeldOutPart> parts, int repeats, int maxFeatures, int seed, Budget budget, string partsText)
    {
        var heldOut = parts[0].Test;
        var width = heldOut.FeatureCount;
        var perPart = Math.Max(1, MaxRows / parts.Count);
        var samples = parts.Select(p => Sample(p, perPart, seed)).ToList();
        var order = Metrics.AllRows(width);
        new Random(Seeds.Derive(seed, 25)).Shuffle(order);
        var drops = new Dictionary<string, (double Mean, double Std)>(StringComparer.Ordinal);
        foreach (var f in order.AsSpan(0, Math.Min(width, maxFeatures)))
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
        var cut = drops.Count < width ? $"; {QualityFormat.Count(drops.Count)} of the {QualityFormat.Count(width)} features, a seeded random sample, the same for every technique (at most {QualityFormat.Count(maxFeatures)})" : "";
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
