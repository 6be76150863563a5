using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Svg;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>
/// The single-row latency distribution of each technique as a CDF, from the raw samples kept on latency.p50; a
/// technique without samples is drawn as steps through its p50, p90 and p99, and the caption says so.
/// </summary>
internal static class LatencyPlot
{
    private const int MaxPoints = 200;
    private const string Steps = "5 3";
    private static readonly (string Id, double Share)[] Percentiles = [(QualityIds.LatencyP50, 0.5), (QualityIds.LatencyP90, 0.9), (QualityIds.LatencyP99, 0.99)];

    public static ReportPlot Create(ResultsDocument document)
    {
        const string Title = "Latency distribution (one row)";
        var curves = new List<(string Name, List<(double X, double Y)> Points, bool FromSamples)>();
        foreach (var technique in document.Techniques)
        {
            if (technique.Qualities.TryGetValue(QualityIds.LatencyP50, out var p50) && p50.Samples is { Count: > 0 } samples)
            {
                curves.Add((technique.Name, Cdf(samples), true));
                continue;
            }

            var steps = Percentiles.Select(p => (X: ParetoPlot.Value(technique, p.Id), Y: p.Share)).Where(p => double.IsFinite(p.X)).ToList();
            if (steps.Count > 0)
            {
                curves.Add((technique.Name, steps, false));
            }
        }

        if (curves.Count == 0)
        {
            return new ReportPlot("latency", Title, null, "No latency was measured, so there is no latency distribution.");
        }

        var svg = new SvgCanvas(PlotFrame.Width, PlotFrame.Height, Title);
        var x = PlotFrame.XAxis(curves.SelectMany(c => c.Points.Select(p => p.X)), "us");
        var y = new Axis([0, 1], "fraction", PlotFrame.PlotBottom, PlotFrame.PlotTop, allowLog: false, padded: false);
        PlotFrame.Draw(svg, x, y, "latency of one prediction", "share of predictions at most this slow");
        var legend = PlotFrame.Legend(svg);
        if (curves.Any(c => !c.FromSamples))
        {
            legend.Line("p50/p90/p99 steps", Palette.Ink, Steps);
            legend.Gap();
        }

        foreach (var (name, points, fromSamples) in curves)
        {
            var color = Palette.Of(Roles.IndexOf(document, name));
            var stepped = new List<(double X, double Y)>();
            var previous = 0.0;
            foreach (var (px, py) in points)
            {
                stepped.Add((x.Map(px), y.Map(previous)));
                stepped.Add((x.Map(px), y.Map(py)));
                previous = py;
            }

            svg.Polyline(stepped, color, 2, fromSamples ? null : Steps, name);
            legend.Line(name, color, fromSamples ? null : Steps);
        }

        var caption = curves.All(c => c.FromSamples)
            ? "Cumulative distribution of the single-row latency samples: further left is faster; the top of each curve is its slowest calls."
            : "Cumulative distribution of the single-row latency samples where the document keeps them; dashed lines are steps through p50, p90 and p99 because the samples of those techniques were not kept.";
        return new ReportPlot("latency", Title, svg.ToString(), caption);
    }

    private static List<(double X, double Y)> Cdf(IReadOnlyList<double> samples)
    {
        var sorted = samples.Where(double.IsFinite).Order().ToArray();
        var points = new List<(double X, double Y)>();
        var step = Math.Max(1, sorted.Length / MaxPoints);
        for (var i = step - 1; i < sorted.Length; i += step)
        {
            points.Add((sorted[i], (i + 1) / (double)sorted.Length));
        }

        if (points.Count == 0 || points[^1].Y < 1)
        {
            points.Add((sorted[^1], 1));
        }

        return points;
    }
}
