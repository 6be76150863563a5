using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Svg;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>
/// A Pareto scatter of two objectives: frontier techniques filled and connected, dominated ones hollow, eliminated
/// ones grey, every point labelled.
/// </summary>
internal static class ParetoPlot
{
    public static ReportPlot Create(ResultsDocument document, string xId, string yId)
    {
        var name = PlotNames.Safe($"pareto-{xId}-{yId}");
        var title = $"{yId} vs {xId}";
        var points = document.Techniques
            .Select(t => (t.Name, X: Value(t, xId), Y: Value(t, yId), Role: Roles.Of(document, t.Name)))
            .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
            .ToList();
        if (points.Count == 0)
        {
            return new ReportPlot(name, title, null, $"No technique has both {xId} and {yId} measured, so there is nothing to plot.");
        }

        var xUnit = Unit(document, xId);
        var yUnit = Unit(document, yId);
        var svg = new SvgCanvas(PlotFrame.Width, PlotFrame.Height, title);
        var x = PlotFrame.XAxis(points.Select(p => p.X), xUnit);
        var y = PlotFrame.YAxis(points.Select(p => p.Y), yUnit);
        PlotFrame.Draw(svg, x, y, xId + Better(xId), yId + Better(yId));

        var frontier = points.Where(p => p.Role == Roles.Frontier).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (frontier.Count > 1)
        {
            svg.Polyline(frontier.Select(p => (x.Map(p.X), y.Map(p.Y))), Palette.Frontier, 2, title: "Pareto frontier");
        }

        var labels = new LabelPlacer(PlotFrame.PlotLeft, PlotFrame.Width);
        foreach (var p in points.OrderBy(p => p.Role == Roles.Frontier))
        {
            var (fill, stroke) = p.Role switch
            {
                Roles.Frontier => (Palette.Frontier, Palette.Frontier),
                Roles.Eliminated => (Palette.Eliminated, Palette.Eliminated),
                _ => ("#fff", Palette.Frontier),
            };
            var px = x.Map(p.X);
            var py = y.Map(p.Y);
            svg.Circle(px, py, 5, fill, stroke, $"{p.Name} ({p.Role}): {xId} {p.X.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)}, {yId} {p.Y.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)}", "point");
            var (lx, ly, anchor) = labels.Place(px, py, p.Name, 10.5);
            svg.Text(lx, ly, p.Name, 10.5, anchor, p.Role == Roles.Eliminated ? "#6b7280" : "#111");
        }

        Legend(svg);
        return new ReportPlot(name, title, svg.ToString(), $"Filled and connected: the Pareto frontier; hollow: dominated; grey: eliminated by a constraint. {Direction(xId)} {Direction(yId)}");
    }

    private static void Legend(SvgCanvas svg)
    {
        var x = PlotFrame.PlotRight - 250;
        var y = PlotFrame.PlotTop - 14;
        svg.Circle(x, y, 4, Palette.Frontier, Palette.Frontier);
        svg.Text(x + 8, y + 3.5, "frontier", 10);
        svg.Circle(x + 70, y, 4, "#fff", Palette.Frontier);
        svg.Text(x + 78, y + 3.5, "dominated", 10);
        svg.Circle(x + 150, y, 4, Palette.Eliminated, Palette.Eliminated);
        svg.Text(x + 158, y + 3.5, "eliminated", 10);
    }

    internal static double Value(Core.Results.TechniqueResult technique, string quality) =>
        technique.Qualities.TryGetValue(quality, out var v) && v.IsAvailable ? v.Value : double.NaN;

    internal static string Unit(ResultsDocument document, string quality) =>
        document.Techniques.Select(t => t.Qualities.GetValueOrDefault(quality)?.Unit).FirstOrDefault(u => u is not null)
        ?? QualityCatalog.Find(quality)?.Unit ?? string.Empty;

    internal static string Better(string quality) => QualityCatalog.Find(quality)?.Direction switch
    {
        Core.Qualities.Direction.HigherIsBetter => " (higher is better)",
        Core.Qualities.Direction.LowerIsBetter => " (lower is better)",
        _ => string.Empty,
    };

    internal static string Direction(string quality) => QualityCatalog.Find(quality)?.Direction switch
    {
        Core.Qualities.Direction.HigherIsBetter => $"Higher {quality} is better.",
        Core.Qualities.Direction.LowerIsBetter => $"Lower {quality} is better.",
        _ => string.Empty,
    };
}
