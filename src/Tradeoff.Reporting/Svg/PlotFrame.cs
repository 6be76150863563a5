namespace Tradeoff.Reporting.Svg;

/// <summary>
/// The frame every x-y plot shares: margins, grid, ticks and axis titles, and a column on the right for the legend,
/// so that a legend never covers a curve however many techniques it lists.
/// </summary>
internal static class PlotFrame
{
    public const double Width = 800;
    public const double Height = 420;
    public const double Left = 78;
    public const double Top = 44;
    public const double Bottom = 56;

    /// <summary>The width of the legend column, right of the plot area.</summary>
    public const double LegendWidth = 230;

    // Large enough to read at the page's width, where a 780-pixel plot is drawn at about 90% of its size.
    public const double TickSize = 11.5;
    public const double TitleSize = 12.5;
    public const double LabelSize = 11.5;

    public static double PlotLeft => Left;

    public static double PlotRight => Width - LegendWidth;

    public static double PlotTop => Top;

    public static double PlotBottom => Height - Bottom;

    /// <summary>Where legend entries start: the left of the column right of the plot area.</summary>
    public static double LegendLeft => PlotRight + 16;

    public static void Draw(SvgCanvas svg, Axis x, Axis y, string xTitle, string yTitle)
    {
        svg.Text(svg.Width / 2, 22, svg.Title, 14, "middle", "#111", weight: "600");
        foreach (var (position, label) in x.Ticks())
        {
            svg.Line(position, PlotTop, position, PlotBottom, "#e5e7eb");
            svg.Text(position, PlotBottom + 17, label, TickSize, "middle", "#444");
        }

        foreach (var (position, label) in y.Ticks())
        {
            svg.Line(PlotLeft, position, PlotRight, position, "#e5e7eb");
            svg.Text(PlotLeft - 7, position + 4, label, TickSize, "end", "#444");
        }

        svg.Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, Palette.Ink);
        svg.Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, Palette.Ink);
        svg.Text((PlotLeft + PlotRight) / 2, svg.Height - 14, xTitle + (x.Log ? " (log scale)" : string.Empty), TitleSize, "middle", "#222");
        svg.Text(18, (PlotTop + PlotBottom) / 2, yTitle + (y.Log ? " (log scale)" : string.Empty), TitleSize, "middle", "#222", -90);
    }

    public static Axis XAxis(IEnumerable<double> values, string unit, bool allowLog = true, double logAbove = 100) => new(values, unit, PlotLeft, PlotRight, allowLog, logAbove: logAbove);

    public static Axis YAxis(IEnumerable<double> values, string unit, bool allowLog = true) => new(values, unit, PlotBottom, PlotTop, allowLog);

    /// <summary>A legend in the column right of the plot area, from its top.</summary>
    public static Legend Legend(SvgCanvas svg) => new(svg, LegendLeft, PlotTop + 6, Width - LegendLeft - 8);
}
