using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Svg;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>
/// Every configuration tried by every tuned technique, on one plot: the tuning metric against the configuration's
/// size (or the frontier's other objective), one colour per technique, its configuration frontier filled and joined,
/// the chosen configuration ringed and labelled. This is the accuracy-against-size curve of, say, decision trees beside
/// the other tuned techniques, where a table of trials shows only numbers.
/// </summary>
internal static class TuningPlot
{
    // Sizes of configurations of one technique often differ by a factor of a few only; a log axis still reads best.
    private const double LogAbove = 3;

    /// <summary>One plot per tuning metric (a study tunes on one, so one plot); none when nothing was tuned.</summary>
    public static IReadOnlyList<ReportPlot> Create(ResultsDocument document) =>
        TuningText.Tuned(document.Techniques)
            .GroupBy(t => t.Tuning!.Metric, StringComparer.Ordinal)
            .Select(g => Draw(document, g.Key, g.ToList()))
            .ToList();

    private static ReportPlot Draw(ResultsDocument document, string metric, IReadOnlyList<TechniqueResult> tuned)
    {
        var xId = XQuality(tuned);
        var name = PlotNames.Safe($"tuning-{metric}-{xId}");
        var title = $"Tuning: {metric} vs {xId} of every configuration tried";
        var series = tuned
            .Select(t => (Technique: t, Points: t.Tuning!.Trials
                .Where(trial => trial.Status == TechniqueStatus.Measured)
                .Select(trial => (Trial: trial, X: Value(trial, xId), Y: Value(trial, metric)))
                .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
                .ToList()))
            .Where(s => s.Points.Count > 0)
            .ToList();
        if (series.Count == 0)
        {
            return new ReportPlot(name, title, null, $"No trial has both {metric} and {xId} measured, so there is no tuning plot.");
        }

        var all = series.SelectMany(s => s.Points).ToList();
        var svg = new SvgCanvas(PlotFrame.Width, PlotFrame.Height, title);
        var x = PlotFrame.XAxis(all.Select(p => p.X), Unit(all, xId), logAbove: LogAbove);
        var y = PlotFrame.YAxis(all.Select(p => p.Y), Unit(all, metric), allowLog: false);
        PlotFrame.Draw(svg, x, y, xId + ParetoPlot.Better(xId), metric + " in the inner folds" + ParetoPlot.Better(metric));
        var labels = new LabelPlacer(PlotFrame.PlotLeft, PlotFrame.PlotTop, PlotFrame.PlotRight, PlotFrame.PlotBottom);
        foreach (var p in all)
        {
            labels.Reserve(x.Map(p.X), y.Map(p.Y), 5);
        }

        var chosenSpots = new List<(double X, double Y, string Label)>();

        foreach (var (technique, points) in series)
        {
            var tuning = technique.Tuning!;
            var color = Palette.Of(Roles.IndexOf(document, technique.Name));
            var frontier = points.Where(p => tuning.Frontier.Contains(p.Trial.Index)).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
            if (frontier.Count > 1)
            {
                svg.Polyline(frontier.Select(p => (x.Map(p.X), y.Map(p.Y))), color, 2, title: technique.Name + ": configuration frontier");
            }

            foreach (var (trial, px, py) in points.OrderBy(p => tuning.Frontier.Contains(p.Trial.Index)))
            {
                var onFrontier = tuning.Frontier.Contains(trial.Index);
                svg.Circle(x.Map(px), y.Map(py), onFrontier ? 4.5 : 3.5, onFrontier ? color : "#fff", color, Tooltip(technique, trial, xId, metric));
            }

            if (points.FirstOrDefault(p => p.Trial.Index == tuning.Chosen) is { Trial: not null } chosen)
            {
                var (cx, cy) = (x.Map(chosen.X), y.Map(chosen.Y));
                svg.Circle(cx, cy, 8.5, "none", color, $"{technique.Name}: chosen, trial {chosen.Trial.Index.ToString(CultureInfo.InvariantCulture)}");
                labels.Reserve(cx, cy, 9);
                chosenSpots.Add((cx, cy, $"{technique.Name} #{chosen.Trial.Index.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        // Labelled once every point and ring is drawn, so that no label covers one drawn later; a label with no room
        // is left to the legend, which names the chosen trial of every technique.
        foreach (var (cx, cy, label) in chosenSpots)
        {
            if (labels.Place(cx, cy, label, PlotFrame.LabelSize) is { } spot)
            {
                svg.Text(spot.X, spot.Y, label, PlotFrame.LabelSize, spot.Anchor, "#111");
            }
        }

        Legend(document, svg, series.Select(s => s.Technique).ToList());
        return new ReportPlot(
            name,
            title,
            svg.ToString(),
            $"Every configuration tried, one colour per tuned technique: {metric} from the inner cross-validation on the training rows against {xId} of the inner-fold models. "
            + $"Filled and joined: the technique's configuration frontier; hollow: configurations it dominates; ringed and labelled: the configuration chosen. {ParetoPlot.Direction(metric)} {ParetoPlot.Direction(xId)}".TrimEnd());
    }

    /// <summary>Model size, unless the frontier is over another cheap quality that every tuned technique measured (rule count, say).</summary>
    private static string XQuality(IReadOnlyList<TechniqueResult> tuned)
    {
        var objectives = tuned[0].Tuning!.FrontierObjectives;
        var other = objectives.Skip(1).FirstOrDefault();
        var measuredByAll = other is not null && tuned.All(t => t.Tuning!.Trials.Any(trial => trial.Qualities.TryGetValue(other, out var v) && v.IsAvailable));
        return other is not null && other != QualityIds.ModelSize && measuredByAll && !objectives.Contains(QualityIds.ModelSize) ? other : QualityIds.ModelSize;
    }

    private static void Legend(ResultsDocument document, SvgCanvas svg, IReadOnlyList<TechniqueResult> techniques)
    {
        var legend = PlotFrame.Legend(svg);
        legend.Marker("configuration frontier", Palette.Ink, Palette.Ink);
        legend.Marker("dominated", "#fff", Palette.Ink, 3.5);
        legend.Marker("chosen", "none", Palette.Ink, 7);
        legend.Gap();
        foreach (var technique in techniques)
        {
            var chosen = technique.Tuning!.Chosen is int index ? " #" + index.ToString(CultureInfo.InvariantCulture) : string.Empty;
            legend.Line(technique.Name + chosen, Palette.Of(Roles.IndexOf(document, technique.Name)));
        }
    }

    private static string Tooltip(TechniqueResult technique, TrialResult trial, string xId, string metric) =>
        $"{technique.Name} trial {trial.Index.ToString(CultureInfo.InvariantCulture)} ({TuningText.Settings(trial.Settings)}): "
        + $"{metric} {TuningText.Cell(trial, metric)}, {xId} {TuningText.Cell(trial, xId)}";

    private static double Value(TrialResult trial, string quality) =>
        trial.Qualities.TryGetValue(quality, out var v) && v.IsAvailable ? v.Value : double.NaN;

    private static string Unit(IEnumerable<(TrialResult Trial, double X, double Y)> points, string quality) =>
        points.Select(p => p.Trial.Qualities.GetValueOrDefault(quality)?.Unit).FirstOrDefault(u => u is not null)
        ?? Core.Qualities.QualityCatalog.Find(quality)?.Unit ?? string.Empty;
}
