using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Svg;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>
/// Plots of the qualities that come as families: learning curves (<c>data-needs.METRIC-PERCENT</c>), fairness gaps
/// (<c>fairness.*</c>) and robustness drops (<c>robustness.*-drop</c>). Each is drawn only when the document holds
/// those qualities; otherwise the caption says so.
/// </summary>
internal static class DetailPlots
{
    private const int MaxRows = 24;

    public static ReportPlot LearningCurves(ResultsDocument document)
    {
        const string Title = "Learning curves";
        var curves = new List<(string Name, List<(double Rows, QualityValue Value)> Points)>();
        foreach (var technique in document.Techniques)
        {
            var points = technique.Qualities
                .Select(q => (Percent: Percent(q.Key), q.Value))
                .Where(p => p.Percent is not null && p.Value.IsAvailable && p.Value.Unit is "fraction" or "target" or "nats")
                .Select(p => (Rows: p.Value.Details?.GetValueOrDefault("rows") is double r and > 0 ? r : p.Percent!.Value, p.Value))
                .OrderBy(p => p.Rows).ToList();
            if (points.Count > 0)
            {
                curves.Add((technique.Name, points));
            }
        }

        if (curves.Count == 0)
        {
            return new ReportPlot("learning-curves", Title, null, "No learning curve was measured (the data-needs qualities were not requested), so there is no learning-curve plot.");
        }

        var byRows = curves.Any(c => c.Points.Any(p => p.Value.Details?.ContainsKey("rows") == true));
        var svg = new SvgCanvas(PlotFrame.Width, PlotFrame.Height, Title);
        var all = curves.SelectMany(c => c.Points).ToList();
        var x = PlotFrame.XAxis(all.Select(p => p.Rows), byRows ? "rows" : "count", allowLog: false);
        var y = PlotFrame.YAxis(all.SelectMany(p => new[] { p.Value.Value, p.Value.Lower ?? p.Value.Value, p.Value.Upper ?? p.Value.Value }), all[0].Value.Unit, allowLog: false);
        PlotFrame.Draw(svg, x, y, byRows ? "training rows" : "share of the training data (%)", "held-out score");
        var legend = PlotFrame.Legend(svg);
        foreach (var (name, points) in curves)
        {
            var color = Palette.Of(Roles.IndexOf(document, name));
            svg.Polyline(points.Select(p => (x.Map(p.Rows), y.Map(p.Value.Value))), color, 2, title: name);
            foreach (var (rows, value) in points)
            {
                if (value.Lower is double l && value.Upper is double u)
                {
                    svg.Line(x.Map(rows), y.Map(l), x.Map(rows), y.Map(u), color, 1);
                }

                svg.Circle(x.Map(rows), y.Map(value.Value), 3, color, color, $"{name}: {QualityFormat.Value(value.Value, value.Unit)} at {QualityFormat.Number(rows)}");
            }

            legend.Line(name, color);
        }

        return new ReportPlot("learning-curves", Title, svg.ToString(), "Held-out score after training on a growing share of the training data, with 95% intervals: a curve still rising at the right wants more data.");
    }

    public static ReportPlot Fairness(ResultsDocument document)
    {
        const string Title = "Fairness gaps between groups";
        var rows = document.Techniques
            .SelectMany(t => t.Qualities
                .Where(q => q.Key.StartsWith(FairnessIds.Prefix, StringComparison.Ordinal) && q.Key.Split('.').Length == 3 && q.Value.IsAvailable)
                .OrderBy(q => q.Key, StringComparer.Ordinal)
                .Select(q => new ForestPlot.Row($"{t.Name} · {q.Key[FairnessIds.Prefix.Length..]}", q.Value.Value, q.Value.Lower, q.Value.Upper, Color(document, t.Name))))
            .ToList();
        if (rows.Count == 0)
        {
            rows = document.Techniques
                .SelectMany(t => t.Qualities
                    .Where(q => q.Key.StartsWith(FairnessIds.Prefix, StringComparison.Ordinal) && q.Value.IsAvailable)
                    .OrderBy(q => q.Key, StringComparer.Ordinal)
                    .Select(q => new ForestPlot.Row($"{t.Name} · {q.Key[FairnessIds.Prefix.Length..]}", q.Value.Value, q.Value.Lower, q.Value.Upper, Color(document, t.Name))))
                .ToList();
        }

        if (rows.Count > MaxRows)
        {
            // Many techniques times attributes times metrics: keep the techniques still in the running.
            rows = rows.Where(r => r.Color != Palette.Eliminated).ToList();
        }

        return rows.Count == 0
            ? new ReportPlot("fairness", Title, null, "No fairness quality was measured (the study names no protected attribute, or did not request fairness), so there is no fairness plot.")
            : new ReportPlot("fairness", Title, ForestPlot.Draw(Title, "gap between the best- and worst-treated group (0 is equal treatment)", "fraction", rows), "Largest difference between the groups of each protected attribute, with its 95% bootstrap interval: closer to 0 is fairer.");
    }

    public static ReportPlot Robustness(ResultsDocument document)
    {
        const string Title = "Robustness: accuracy lost under perturbation";
        var rows = document.Techniques
            .SelectMany(t => t.Qualities
                .Where(q => q.Key.StartsWith("robustness.", StringComparison.Ordinal) && q.Key.EndsWith("-drop", StringComparison.Ordinal) && q.Value.IsAvailable)
                .OrderBy(q => q.Key, StringComparer.Ordinal)
                .Select(q => new ForestPlot.Row(
                    $"{t.Name} · {q.Key["robustness.".Length..]}",
                    q.Value.Value,
                    q.Value.Lower ?? (q.Value.Std is double s ? q.Value.Value - s : null),
                    q.Value.Upper ?? (q.Value.Std is double s2 ? q.Value.Value + s2 : null),
                    Color(document, t.Name))))
            .ToList();
        return rows.Count == 0
            ? new ReportPlot("robustness", Title, null, "No robustness quality was measured, so there is no robustness plot.")
            : new ReportPlot("robustness", Title, ForestPlot.Draw(Title, "accuracy lost against the clean data (lower is more robust)", "fraction", rows), "Accuracy lost when the inputs get noise or the training labels are flipped, with the 95% interval (or ± one standard deviation): smaller is more robust.");
    }

    private static string Color(ResultsDocument document, string technique) =>
        Roles.Of(document, technique) == Roles.Eliminated ? Palette.Eliminated : Palette.Of(Roles.IndexOf(document, technique));

    /// <summary>The percent of a learning-curve point id (<c>data-needs.accuracy-25</c> is 25), else null.</summary>
    internal static double? Percent(string id)
    {
        if (!id.StartsWith("data-needs.", StringComparison.Ordinal))
        {
            return null;
        }

        var dash = id.LastIndexOf('-');
        return dash > 0 && !id.Contains("rows-to", StringComparison.Ordinal) && int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100
            ? percent
            : null;
    }
}
