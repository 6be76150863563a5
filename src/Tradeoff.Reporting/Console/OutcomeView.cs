using System.Globalization;
using Spectre.Console;
using Tradeoff.Runs;

namespace Tradeoff.Reporting.Console;

/// <summary>The console rendering of a finished run: the study line, warnings, the quality table, then the selection.</summary>
public static class OutcomeView
{
    /// <summary>Writes <paramref name="outcome"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outcome);
        var run = outcome.Result;
        var study = run.Study;
        console.MarkupLine($"[bold]{Markup.Escape(study.Name)}[/]: {Markup.Escape(study.Task)} of [bold]{Markup.Escape(study.Target)}[/] on {study.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows; {Markup.Escape(study.Protocol)}");
        foreach (var warning in run.Environment.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        var selection = outcome.Selection;
        console.Write(QualityTable.Build(run.Techniques, selection?.Frontier.ToHashSet(StringComparer.Ordinal), selection?.Recommended?.Candidate));
        SelectionView.Render(console, selection);
    }
}
