using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Svg;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>
/// Parallel coordinates of every directed quality: one vertical axis per quality, min-max scaled across the
/// techniques with the better end at the top, one line per technique (eliminated ones grey and dashed).
/// </summary>
internal static class ParallelPlot
{
    private const double MinSpacing = 100;
    private const double AxisNameSize = 12;
    private const int MaxAxes = 14;
    private const double LegendWidth = 230;

    private static readonly string[] Headline =
    [
        QualityIds.Accuracy, QualityIds.Rmse, QualityIds.Auc, QualityIds.MacroF1, QualityIds.R2, QualityIds.LogLoss, QualityIds.TrainTime, QualityIds.LatencyP50, QualityIds.LatencyP99, QualityIds.Throughput, QualityIds.ModelSize,
        QualityIds.TrainMemory, QualityIds.EnergyTrain, QualityIds.Interpretability, QualityIds.RobustnessNoiseDrop, QualityIds.RobustnessLabelNoiseDrop, QualityIds.FairnessAccuracyGap,
        QualityIds.FairnessDemographicParity, QualityIds.StabilityAccuracySpread, QualityIds.PrivacyMembershipAuc, QualityIds.DataNeedsRowsTo95,
    ];
    // Room above the axes for their names, turned by 40 degrees so that long ids do not run into each other.
    private const double Top = 200;
    private const double AxisHeight = 230;

    public static ReportPlot Create(ResultsDocument document)
    {
        const string Title = "All qualities (parallel coordinates)";
        var measured = document.Techniques.SelectMany(t => t.Qualities)
            .Where(q => q.Value.IsAvailable && q.Value.Direction != Direction.None)
            .Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        // The ranked qualities first, then the headline ones: sixty axes (every sub-quality) would be unreadable.
        var qualities = ReportPlots.Objectives(document).Concat(document.Study.Weights.Keys).Concat(Headline)
            .Where(measured.Contains).Distinct(StringComparer.Ordinal).Take(MaxAxes)
            .OrderBy(QualityOrder).ThenBy(id => id, StringComparer.Ordinal).ToList();
        if (qualities.Count < 2 || document.Techniques.Count == 0)
        {
            return new ReportPlot("parallel", Title, null, "Fewer than two qualities with a direction were measured, so there is no parallel-coordinates view.");
        }

        var ranges = qualities.Select(q => Range(document, q)).ToList();
        // Axes far enough apart that the widest value written at their ends (16,806,723 rows/s) does not reach the next.
        var widest = ranges.Max(r => Math.Max(Width(r.Best, r.Unit), Width(r.Worst, r.Unit)));
        var spacing = Math.Max(MinSpacing, widest + 12);
        var left = Math.Max(40, (widest / 2) + 6);
        var width = Math.Max(PlotFrame.Width, left + ((qualities.Count - 1) * spacing) + 24 + LegendWidth);
        var svg = new SvgCanvas(width, Top + AxisHeight + 40, Title);
        svg.Text(width / 2, 22, Title, 14, "middle", "#111", weight: "600");
        for (var k = 0; k < qualities.Count; k++)
        {
            var x = left + (k * spacing);
            svg.Line(x, Top, x, Top + AxisHeight, "#444");
            svg.Text(x - 2, Top - 24, qualities[k], AxisNameSize, "start", "#111", -40);
            var (best, worst, unit) = ranges[k];
            svg.Text(x, Top - 7, QualityFormat.Value(best, unit), PlotFrame.TickSize, "middle", "#444");
            svg.Text(x, Top + AxisHeight + 16, QualityFormat.Value(worst, unit), PlotFrame.TickSize, "middle", "#444");
        }

        var legend = new Legend(svg, left + ((qualities.Count - 1) * spacing) + 24, Top + 6, LegendWidth);
        foreach (var technique in document.Techniques)
        {
            var role = Roles.Of(document, technique.Name);
            var color = role == Roles.Eliminated ? Palette.Eliminated : Palette.Of(Roles.IndexOf(document, technique.Name));
            var dash = role == Roles.Eliminated ? "4 3" : null;
            var segment = new List<(double X, double Y)>();
            for (var k = 0; k < qualities.Count; k++)
            {
                var v = ParetoPlot.Value(technique, qualities[k]);
                if (!double.IsFinite(v))
                {
                    Flush(svg, segment, color, dash, technique.Name);
                    continue;
                }

                var (best, worst, _) = ranges[k];
                var share = best == worst ? 1 : (v - worst) / (best - worst);
                segment.Add((left + (k * spacing), Top + AxisHeight - (share * AxisHeight)));
            }

            Flush(svg, segment, color, dash, technique.Name);
            legend.Line(technique.Name, color, dash, role == Roles.Eliminated ? "#6b7280" : "#111");
        }

        return new ReportPlot("parallel", Title, svg.ToString(), "The ranked and headline qualities (the table has every one). Each axis runs from the worst measured value (bottom) to the best (top), across the techniques; a gap in a line is a quality not measured for that technique. Grey dashed: eliminated.");
    }

    private static double Width(double value, string unit) => TextBox.WidthOf(QualityFormat.Value(value, unit), PlotFrame.TickSize);

    private static void Flush(SvgCanvas svg, List<(double X, double Y)> segment, string color, string? dash, string name)
    {
        if (segment.Count == 1)
        {
            svg.Circle(segment[0].X, segment[0].Y, 2.5, color, color, name);
        }
        else if (segment.Count > 1)
        {
            svg.Polyline(segment, color, 2, dash, name);
        }

        segment.Clear();
    }

    private static (double Best, double Worst, string Unit) Range(ResultsDocument document, string quality)
    {
        var values = document.Techniques.Select(t => ParetoPlot.Value(t, quality)).Where(double.IsFinite).ToList();
        var unit = ParetoPlot.Unit(document, quality);
        var direction = document.Techniques.Select(t => t.Qualities.GetValueOrDefault(quality)).First(v => v is not null)!.Direction;
        return direction == Direction.HigherIsBetter ? (values.Max(), values.Min(), unit) : (values.Min(), values.Max(), unit);
    }

    internal static int QualityOrder(string id)
    {
        var all = QualityCatalog.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Id == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
