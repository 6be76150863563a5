namespace Tradeoff.Reporting.Svg;

/// <summary>The frame every x-y plot shares: margins, grid, ticks and axis titles.</summary>
internal static class PlotFrame
{
    public const double Width = 560;
    public const double Height = 394;
    public const double Left = 70;
    public const double Right = 20;
    public const double Top = 50;
    public const double Bottom = 52;

    public static double PlotLeft => Left;

    public static double PlotRight => Width - Right;

    public static double PlotTop => Top;

    public static double PlotBottom => Height - Bottom;

    public static void Draw(SvgCanvas svg, Axis x, Axis y, string xTitle, string yTitle)
    {
        svg.Text(svg.Width / 2, 20, svg.Title, 13, "middle", "#111", weight: "600");
        foreach (var (position, label) in x.Ticks())
        {
            svg.Line(position, PlotTop, position, PlotBottom, "#e5e7eb");
            svg.Text(position, PlotBottom + 15, label, 10, "middle", "#555");
        }

        foreach (var (position, label) in y.Ticks())
        {
            svg.Line(PlotLeft, position, PlotRight, position, "#e5e7eb");
            svg.Text(PlotLeft - 6, position + 3.5, label, 10, "end", "#555");
        }

        svg.Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, "#444");
        svg.Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, "#444");
        svg.Text((PlotLeft + PlotRight) / 2, svg.Height - 12, xTitle + (x.Log ? " (log scale)" : string.Empty), 11, "middle", "#222");
        svg.Text(16, (PlotTop + PlotBottom) / 2, yTitle + (y.Log ? " (log scale)" : string.Empty), 11, "middle", "#222", -90);
    }

    public static Axis XAxis(IEnumerable<double> values, string unit, bool allowLog = true, double logAbove = 100) => new(values, unit, PlotLeft, PlotRight, allowLog, logAbove: logAbove);

    public static Axis YAxis(IEnumerable<double> values, string unit, bool allowLog = true) => new(values, unit, PlotBottom, PlotTop, allowLog);
}
