using Tradeoff.Core.Qualities;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>
/// Per-group figures of one fairness quality, read from its Details (<c>GROUP size</c>, <c>GROUP accuracy</c>,
/// <c>GROUP selection-rate</c>, <c>GROUP tpr</c>, <c>GROUP fpr</c>), with Wilson 95% intervals for the rates whose
/// denominator is the group size.
/// </summary>
internal static class GroupRates
{
    private static readonly string[] Metrics = ["accuracy", "selection-rate", "tpr", "fpr"];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyDictionary<string, double> details, out IReadOnlyList<string> header)
    {
        var groups = details.Keys.Where(k => k.EndsWith(" size", StringComparison.Ordinal)).Select(k => k[..^" size".Length]).ToList();
        var present = Metrics.Where(m => groups.Any(g => details.ContainsKey(g + " " + m))).ToList();
        header = ["group", "rows", .. present];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in groups)
        {
            var size = details[group + " size"];
            var row = new List<string> { group, QualityFormat.Number(size) };
            foreach (var metric in present)
            {
                if (!details.TryGetValue(group + " " + metric, out var rate) || !double.IsFinite(rate))
                {
                    row.Add("n/a");
                    continue;
                }

                var text = QualityFormat.Value(rate, "fraction");
                if (metric is "accuracy" or "selection-rate" && size > 0)
                {
                    var (lower, upper) = Wilson(rate, size);
                    text += $" [{QualityFormat.Value(lower, "fraction")}, {QualityFormat.Value(upper, "fraction")}]";
                }

                row.Add(text);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The Wilson score interval of a proportion: unlike the normal approximation it stays in [0, 1] for small groups.</summary>
    public static (double Lower, double Upper) Wilson(double proportion, double n)
    {
        const double Z = 1.959963984540054;
        var z2 = Z * Z;
        var centre = (proportion + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z * Math.Sqrt((proportion * (1 - proportion) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
