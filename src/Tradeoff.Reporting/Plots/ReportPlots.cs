using Tradeoff.Runs;

namespace Tradeoff.Reporting.Plots;

/// <summary>Every plot of a report, in report order; the same plots feed the HTML (inline) and the Markdown (files beside it).</summary>
public static class ReportPlots
{
    /// <summary>One Pareto scatter per pair of objectives (none when there are fewer than two).</summary>
    public static IReadOnlyList<ReportPlot> Pareto(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var objectives = Objectives(document);
        var plots = new List<ReportPlot>();
        for (var i = 0; i < objectives.Count; i++)
        {
            for (var j = i + 1; j < objectives.Count; j++)
            {
                plots.Add(ParetoPlot.Create(document, objectives[j], objectives[i]));
            }
        }

        return plots;
    }

    /// <summary>The plots after the selection: all qualities, latency, learning curves, fairness, robustness.</summary>
    public static IReadOnlyList<ReportPlot> Measurements(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [ParallelPlot.Create(document), LatencyPlot.Create(document), DetailPlots.LearningCurves(document), DetailPlots.Fairness(document), DetailPlots.Robustness(document)];
    }

    /// <summary>The tuning plot: the tuning metric against model size of every configuration tried; none when nothing was tuned.</summary>
    public static IReadOnlyList<ReportPlot> Tuning(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TuningPlot.Create(document);
    }

    /// <summary>Every plot: the tuning plot, the Pareto scatters, then the measurement plots.</summary>
    public static IReadOnlyList<ReportPlot> All(ResultsDocument document) => [.. Tuning(document), .. Pareto(document), .. Measurements(document)];

    internal static IReadOnlyList<string> Objectives(ResultsDocument document) =>
        document.Frontier?.Objectives is { Count: > 0 } used ? used : document.Study.Objectives;
}
