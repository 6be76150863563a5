using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Svg;

namespace Tradeoff.Reporting.Plots;

/// <summary>Rows of a value with its interval (a forest plot): fairness gaps per group attribute, robustness drops.</summary>
internal static class ForestPlot
{
    private const double RowHeight = 20;
    private const double PlotWidth = 480;

    public sealed record Row(string Label, double Value, double? Lower, double? Upper, string Color);

    public static string Draw(string title, string xTitle, string unit, IReadOnlyList<Row> rows)
    {
        var top = 44.0;
        var height = top + (rows.Count * RowHeight) + 56;
        // The labels' column is as wide as the longest label, so that none is cut or runs into the plot.
        var labelWidth = Math.Max(200, rows.Max(r => TextBox.WidthOf(r.Label, PlotFrame.LabelSize)) + 24);
        var svg = new SvgCanvas(labelWidth + PlotWidth + 20, height, title);
        svg.Text(svg.Width / 2, 22, title, 14, "middle", "#111", weight: "600");
        var values = rows.SelectMany(r => new[] { r.Value, r.Lower ?? r.Value, r.Upper ?? r.Value }).Append(0);
        var x = new Axis(values, unit, labelWidth, svg.Width - 20, allowLog: false);
        var bottom = top + (rows.Count * RowHeight);
        foreach (var (position, label) in x.Ticks())
        {
            svg.Line(position, top - 4, position, bottom, "#e5e7eb");
            svg.Text(position, bottom + 16, label, PlotFrame.TickSize, "middle", "#444");
        }

        svg.Line(x.Map(0), top - 4, x.Map(0), bottom, "#444");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + (i * RowHeight) + (RowHeight / 2);
            svg.Text(labelWidth - 10, y + 4, row.Label, PlotFrame.LabelSize, "end");
            if (row.Lower is double l && row.Upper is double u)
            {
                svg.Line(x.Map(l), y, x.Map(u), y, row.Color, 2);
                svg.Line(x.Map(l), y - 4, x.Map(l), y + 4, row.Color, 1.5);
                svg.Line(x.Map(u), y - 4, x.Map(u), y + 4, row.Color, 1.5);
            }

            svg.Circle(x.Map(row.Value), y, 4, row.Color, row.Color, Tooltip(row, unit));
        }

        svg.Text((labelWidth + svg.Width - 20) / 2, height - 14, xTitle, PlotFrame.TickSize, "middle", "#222");
        return svg.ToString();
    }

    private static string Tooltip(Row row, string unit) =>
        row.Label + ": " + QualityFormat.Value(row.Value, unit)
        + (row.Lower is double l && row.Upper is double u ? $" [{QualityFormat.Value(l, unit)}, {QualityFormat.Value(u, unit)}]" : string.Empty);
}
