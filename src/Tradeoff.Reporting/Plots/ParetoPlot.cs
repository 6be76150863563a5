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
            svg.Polyline(frontier.Select(p => (x.Map(p.X), y.Map(p.Y))), Palette.Ink, 1.5, title: "Pareto frontier");
        }

        var labels = new LabelPlacer(PlotFrame.PlotLeft, PlotFrame.PlotTop, PlotFrame.PlotRight, PlotFrame.PlotBottom);
        foreach (var p in points)
        {
            labels.Reserve(x.Map(p.X), y.Map(p.Y), 6);
        }

        foreach (var p in points)
        {
            var color = Palette.Of(Roles.IndexOf(document, p.Name));
            var tooltip = $"{p.Name} ({p.Role}): {xId} {QualityFormat.Value(p.X, xUnit)}, {yId} {QualityFormat.Value(p.Y, yUnit)}";
            Mark(svg, x.Map(p.X), y.Map(p.Y), p.Role, color, tooltip);
        }

        // Frontier techniques are labelled first: when space runs out, a dominated or eliminated point loses its label.
        foreach (var p in points.OrderBy(p => p.Role == Roles.Frontier ? 0 : p.Role == Roles.Eliminated ? 2 : 1))
        {
            if (labels.Place(x.Map(p.X), y.Map(p.Y), p.Name, PlotFrame.LabelSize) is { } spot)
            {
                svg.Text(spot.X, spot.Y, p.Name, PlotFrame.LabelSize, spot.Anchor, p.Role == Roles.Eliminated ? "#6b7280" : "#111");
            }
        }

        var legend = PlotFrame.Legend(svg);
        legend.Marker("frontier", Palette.Ink, Palette.Ink);
        legend.Marker("dominated", "#fff", Palette.Ink);
        legend.Cross("eliminated", Palette.Ink);
        legend.Gap();
        foreach (var technique in document.Techniques.Where(t => points.Any(p => p.Name == t.Name)))
        {
            var color = Palette.Of(Roles.IndexOf(document, technique.Name));
            legend.Marker(technique.Name, color, color);
        }

        return new ReportPlot(name, title, svg.ToString(), $"Filled and connected: the Pareto frontier; hollow: dominated; a cross: eliminated by a constraint. One colour per technique, as in every plot; a point whose name has no room beside it is named by its colour in the legend. {Direction(xId)} {Direction(yId)}");
    }

    /// <summary>A technique's point in its colour: filled on the frontier, hollow when dominated, a cross when eliminated.</summary>
    internal static void Mark(SvgCanvas svg, double px, double py, string role, string color, string tooltip)
    {
        if (role == Roles.Eliminated)
        {
            svg.Cross(px, py, 4.5, color, tooltip);
            return;
        }

        svg.Circle(px, py, 5, role == Roles.Frontier ? color : "#fff", color, tooltip, "point");
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
