using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Per-group behaviour for each protected attribute, on one prediction per row (pooled out-of-fold predictions,
/// or the test set's): the gaps of accuracy, selection rate and TPR/FPR between groups, with percentile
/// bootstrap intervals over the rows; and the largest gap over attributes.
/// </summary>
internal static class FairnessProbe
{
    public const int Resamples = 500;

    /// <summary>Below this many rows a group's rates are too noisy for a verdict (a common rule of thumb for proportions).</summary>
    public const int SmallGroup = 30;

    public static Dictionary<string, QualityValue> Measure(Dataset data, float[] outputs, IReadOnlyList<ProtectedAttribute> attributes, int seed, string source)
    {
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        if (!data.Task.IsClassification())
        {
            foreach (var metric in FairnessIds.Gaps)
            {
                result[FairnessIds.Of(metric)] = QualityFactory.Unavailable(FairnessIds.Of(metric), "not available: the fairness gaps are defined for classification");
            }

            return result;
        }

        var truth = data.ClassIndices();
        var predicted = Scoring.Decisions(data.Task, data.OutputLength, outputs).Select(v => (int)v).ToArray();
        var binary = data.Task == TaskKind.BinaryClassification;
        for (var a = 0; a < attributes.Count; a++)
        {
            var column = data.Features.First(c => string.Equals(c.Name, attributes[a].Name, StringComparison.Ordinal));
            var groups = ProtectedGroups.Of(column, attributes[a]);
            foreach (var (metric, value) in Attribute(groups, truth, predicted, binary ? data.PositiveClass : -1, Seeds.Derive(seed, 30, a), source))
            {
                result[FairnessIds.Of(attributes[a].Name, metric)] = value;
            }
        }

        foreach (var metric in FairnessIds.Gaps)
        {
            result[FairnessIds.Of(metric)] = Largest(metric, attributes, result);
        }

        return result;
    }

    private static Dictionary<string, QualityValue> Attribute(ProtectedGroups groups, int[] truth, int[] predicted, int positive, int seed, string source)
    {
        var count = groups.Names.Count;
        var all = new GroupRates(count, groups.GroupOfRow, truth, predicted, positive, Metrics.AllRows(truth.Length));
        var details = new Dictionary<string, double>(StringComparer.Ordinal);
        var small = new List<string>();
        for (var g = 0; g < count; g++)
        {
            if (all.Size(g) == 0)
            {
                continue;
            }

            var name = groups.Names[g];
            var binary = positive >= 0;
            // A group without positive (or negative) rows has no TPR (FPR): left out rather than NaN.
            new GroupFigures(name, all.Size(g), all.Accuracy(g), binary ? all.SelectionRate(g) : null, binary ? Defined(all.TruePositiveRate(g)) : null, binary ? Defined(all.FalsePositiveRate(g)) : null).AddTo(details);
            if (all.Size(g) < SmallGroup)
            {
                small.Add($"group '{name}' has {QualityFormat.Count(all.Size(g))} rows: too small for a verdict");
            }
        }

        var boot = Resample(groups, truth, predicted, positive, seed);
        var note = small.Count > 0 ? string.Join("; ", small) : null;
        var line = $"on {source}; groups of '{groups.Attribute}' {groups.How}; largest minus smallest over the groups; 95% percentile bootstrap interval ({QualityFormat.Count(Resamples)} resamples of the rows, seeded), std = bootstrap standard error";
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            [FairnessIds.AccuracyGap] = Gap(FairnessIds.Of(groups.Attribute, FairnessIds.AccuracyGap), all.AccuracyGap, boot[0], $"accuracy gap {line}", details, note, truth.Length),
        };
        if (positive < 0)
        {
            const string why = "not available: selection rate and TPR need a positive class (binary classification)";
            result[FairnessIds.DemographicParity] = QualityFactory.Unavailable(FairnessIds.Of(groups.Attribute, FairnessIds.DemographicParity), why);
            result[FairnessIds.EqualizedOdds] = QualityFactory.Unavailable(FairnessIds.Of(groups.Attribute, FairnessIds.EqualizedOdds), why);
            return result;
        }

        result[FairnessIds.DemographicParity] = Gap(FairnessIds.Of(groups.Attribute, FairnessIds.DemographicParity), all.DemographicParity, boot[1], $"selection-rate (share predicted positive) gap {line}", details, note, truth.Length);
        result[FairnessIds.EqualizedOdds] = Gap(FairnessIds.Of(groups.Attribute, FairnessIds.EqualizedOdds), all.EqualizedOdds, boot[2], $"larger of the TPR gap and the FPR gap {line}", details, note, truth.Length);
        return result;
    }

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;

    private static List<double>[] Resample(ProtectedGroups groups, int[] truth, int[] predicted, int positive, int seed)
    {
        var samples = new[] { new List<double>(), new List<double>(), new List<double>() };
        var random = new Random(seed);
        var rows = new int[truth.Length];
        for (var b = 0; b < Resamples; b++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = random.Next(rows.Length);
            }

            var rates = new GroupRates(groups.Names.Count, groups.GroupOfRow, truth, predicted, positive, rows);
            double[] gaps = [rates.AccuracyGap, rates.DemographicParity, rates.EqualizedOdds];
            for (var m = 0; m < gaps.Length; m++)
            {
                if (!double.IsNaN(gaps[m]))
                {
                    samples[m].Add(gaps[m]);
                }
            }
        }

        return samples;
    }

    private static QualityValue Gap(string id, double value, List<double> boot, string line, Dictionary<string, double> details, string? note, int rows)
    {
        if (double.IsNaN(value))
        {
            return QualityFactory.Unavailable(id, "not available: no group has rows to compare");
        }

        var sorted = boot.Order().ToArray();
        return QualityFactory.Create(id, value, line) with
        {
            Lower = sorted.Length >= 2 ? Percentiles.NearestRank(sorted, 2.5) : null,
            Upper = sorted.Length >= 2 ? Percentiles.NearestRank(sorted, 97.5) : null,
            Std = sorted.Length >= 2 ? Descriptive.Std(sorted) : null,
            SampleCount = rows,
            Details = details,
            Note = note,
        };
    }

    private static QualityValue Largest(string metric, IReadOnlyList<ProtectedAttribute> attributes, Dictionary<string, QualityValue> result)
    {
        var id = FairnessIds.Of(metric);
        var measured = attributes.Select(a => (a.Name, Value: result[FairnessIds.Of(a.Name, metric)])).Where(x => x.Value.IsAvailable).ToList();
        if (measured.Count == 0)
        {
            return QualityFactory.Unavailable(id, attributes.Count == 0
                ? "not available: the study names no protected attribute (data: { protected: [...] })"
                : result[FairnessIds.Of(attributes[0].Name, metric)].NotAvailable ?? "not available");
        }

        var (name, worst) = measured.MaxBy(x => x.Value.Value);
        return worst with
        {
            Protocol = $"largest over the protected attributes ({string.Join(", ", measured.Select(m => m.Name))}) of fairness.ATTRIBUTE.{metric}; here '{name}': {worst.Protocol}",
            Details = measured.ToDictionary(m => m.Name, m => m.Value.Value, StringComparer.Ordinal),
            Note = worst.Note is null ? $"largest for '{name}'" : $"largest for '{name}'; {worst.Note}",
        };
    }
}
