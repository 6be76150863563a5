using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// The groups of a protected attribute: a nominal one by level; a numeric one cut at its thresholds
/// (<c>[25]</c> gives <c>&lt;=25</c> and <c>&gt;25</c>), or at the median of the rows when the study gives
/// none. Rows with a missing value belong to no group.
/// </summary>
internal sealed record ProtectedGroups(string Attribute, int[] GroupOfRow, IReadOnlyList<string> Names, string How)
{
    public static ProtectedGroups Of(Column column, ProtectedAttribute attribute)
    {
        var values = column.Values;
        var group = new int[values.Length];
        if (column.IsNominal)
        {
            for (var r = 0; r < values.Length; r++)
            {
                group[r] = float.IsNaN(values[r]) ? -1 : (int)values[r];
            }

            return new ProtectedGroups(attribute.Name, group, column.Levels, "by level");
        }

        var thresholds = attribute.Thresholds;
        var how = $"cut at {string.Join(", ", thresholds.Select(Text))}";
        if (thresholds.Count == 0)
        {
            var median = Descriptive.Median([.. values.Where(v => !float.IsNaN(v)).Select(v => (double)v)]);
            thresholds = [median];
            how = $"cut at the median {Text(median)} (the study gives no thresholds)";
        }

        var names = new List<string> { "<=" + Text(thresholds[0]) };
        for (var t = 1; t < thresholds.Count; t++)
        {
            names.Add($">{Text(thresholds[t - 1])} and <={Text(thresholds[t])}");
        }

        names.Add(">" + Text(thresholds[^1]));
        for (var r = 0; r < values.Length; r++)
        {
            group[r] = float.IsNaN(values[r]) ? -1 : CountBelow(thresholds, values[r]);
        }

        return new ProtectedGroups(attribute.Name, group, names, how);
    }

    // The group index is the number of thresholds strictly below the value: a value equal to a threshold
    // falls in the group that ends there (<=25).
    private static int CountBelow(IReadOnlyList<double> thresholds, float value)
    {
        var i = 0;
        while (i < thresholds.Count && value > thresholds[i])
        {
            i++;
        }

        return i;
    }

    private static string Text(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
