using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.ModelCards;

/// <summary>
/// Per-group figures of one fairness quality (<see cref="GroupFigures"/>, the typed record of its Details), with
/// Wilson 95% intervals for the rates whose denominator is the group size.
/// </summary>
internal static class GroupRates
{
    public static IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyDictionary<string, double> details, out IReadOnlyList<string> header)
    {
        var groups = GroupFigures.ReadAll(details);
        // The columns: accuracy always, each rate only when some group has it (none without a positive class).
        var columns = new List<(string Name, Func<GroupFigures, double?> Read, bool OfSize)> { (QualityIds.Accuracy, g => g.Accuracy, true) };
        AddPresent(columns, groups, "selection-rate", g => g.SelectionRate, ofSize: true);
        AddPresent(columns, groups, "tpr", g => g.TruePositiveRate, ofSize: false);
        AddPresent(columns, groups, "fpr", g => g.FalsePositiveRate, ofSize: false);
        header = ["group", "rows", .. columns.Select(c => c.Name)];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in groups)
        {
            var row = new List<string> { group.Group, QualityFormat.Number(group.Size) };
            foreach (var (_, read, ofSize) in columns)
            {
                row.Add(Cell(read(group), ofSize ? group.Size : 0));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void AddPresent(List<(string, Func<GroupFigures, double?>, bool)> columns, IReadOnlyList<GroupFigures> groups, string name, Func<GroupFigures, double?> read, bool ofSize)
    {
        if (groups.Any(g => read(g) is not null))
        {
            columns.Add((name, read, ofSize));
        }
    }

    // A rate whose denominator is the group's size gets its Wilson interval; tpr and fpr (over the group's positive or
    // negative rows, whose counts the details do not keep) do not.
    private static string Cell(double? rate, double size)
    {
        if (rate is not { } value || !double.IsFinite(value))
        {
            return "n/a";
        }

        var text = QualityFormat.Value(value, "fraction");
        if (size > 0)
        {
            var (lower, upper) = Wilson(value, size);
            text += $" [{QualityFormat.Value(lower, "fraction")}, {QualityFormat.Value(upper, "fraction")}]";
        }

        return text;
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
