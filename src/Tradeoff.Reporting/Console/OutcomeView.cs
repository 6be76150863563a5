using Tradeoff.Core.Qualities;
using Spectre.Console;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Console;

/// <summary>The console rendering of a finished run: the study line, warnings, the quality table, the tuning, then the selection.</summary>
public static class OutcomeView
{
    /// <summary>
    /// Writes <paramref name="outcome"/> to <paramref name="console"/>: by default the leaderboard that fits the
    /// console and the decision in a few lines; with <paramref name="details"/> every table and section.
    /// </summary>
    public static void Render(IAnsiConsole console, RunOutcome outcome, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        var run = outcome.Result;
        var study = run.Study;
        console.MarkupLine($"[bold]{Markup.Escape(study.Name)}[/]: {Markup.Escape(study.Task)} of [bold]{Markup.Escape(study.Target)}[/] on {QualityFormat.Count(study.Rows)} rows; {Markup.Escape(study.Protocol)}");
        foreach (var warning in run.Environment.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        var selection = outcome.Selection;
        if (!details)
        {
            Leaderboard.Render(console, run, selection);
            DecisionSummary.Render(console, run, selection);
            RenderMemory(console, run);
            return;
        }

        QualityTable.Render(console, run.Techniques, selection?.Frontier.ToHashSet(StringComparer.Ordinal), selection?.Recommended?.Candidate);

        console.MarkupLine("[dim]↑ higher is better, ↓ lower is better; ± one standard deviation; ▲▼ significantly better or worse than the best (corrected resampled t-test, 0.05); [blue]◆[/] frontier, [green]★[/] recommended.[/]");
        var before = Provenance.MeasuredBefore(run.Techniques, run.Environment);
        if (before.Count > 0)
        {
            console.MarkupLine($"[dim]{Markup.Escape(Provenance.Heading)}[/]");
            foreach (var technique in before)
            {
                console.MarkupLine($"[dim]  {Markup.Escape(Provenance.Line(technique, run.Environment))}[/]");
            }
        }

        TuningView.Render(console, run.Techniques);
        SelectionView.Render(console, selection);
        RenderMemory(console, run);
    }

    private static void RenderMemory(IAnsiConsole console, Core.Results.RunResult run)
    {
        if (MemoryLine.Of(run) is { } line)
        {
            console.MarkupLine($"[dim]{Markup.Escape(line)}[/]");
        }
    }
}
