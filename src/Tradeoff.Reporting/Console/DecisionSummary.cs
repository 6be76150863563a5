using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Text;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Console;

/// <summary>
/// The default view's lines under the leaderboard: each technique left out with its reason (one line each), the
/// tuned settings, the recommendation with its reasons once, the sensitivity and the what-if in one line each.
/// <c>--details</c> gives the full sections instead (<see cref="SelectionView"/>, <see cref="TuningView"/>).
/// </summary>
public static class DecisionSummary
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the summary of <paramref name="run"/> and <paramref name="selection"/>.</summary>
    public static void Render(IAnsiConsole console, RunResult run, SelectionResult? selection)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        LeftOut(console, run, selection);
        foreach (var technique in TuningText.Tuned(run.Techniques))
        {
            console.MarkupLine($"[dim]tuned {Markup.Escape(technique.Name)}: {Markup.Escape(TuningText.Chosen(technique.Tuning!))}[/]");
        }

        var before = Provenance.MeasuredBefore(run.Techniques, run.Environment);
        if (before.Count > 0)
        {
            console.MarkupLine($"[dim]measured before this run (taken from the store): {Markup.Escape(string.Join(", ", before.Select(t => t.Name)))}[/]");
        }

        if (selection is null)
        {
            return;
        }

        foreach (var tie in selection.Ties)
        {
            console.MarkupLine($"[yellow]≈[/] {Markup.Escape(tie.Text)}");
        }

        console.WriteLine();
        Recommendation(console, selection);
        Sensitivity(console, selection);
        if (selection.WhatIf.Count > 0)
        {
            var more = selection.WhatIf.Count > 1 ? $" ({(selection.WhatIf.Count - 1).ToString(Invariant)} more: --details)" : string.Empty;
            console.MarkupLine($"What if: {Markup.Escape(selection.WhatIf[0].Text + more)}");
        }

        foreach (var note in selection.Notes)
        {
            console.MarkupLine($"[dim]note: {Markup.Escape(note)}[/]");
        }
    }

    /// <summary>The recommendation and its reasons, one a line; the lack of one when nothing was recommended.</summary>
    public static void Recommendation(IAnsiConsole console, SelectionResult selection)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Recommended is not { } recommended)
        {
            console.MarkupLine("[yellow]No recommendation[/]: no technique is left to rank.");
            return;
        }

        console.MarkupLine($"[bold green]Recommended: {Markup.Escape(recommended.Candidate)}[/]");
        foreach (var reason in recommended.Reasons)
        {
            console.MarkupLine("  - " + Markup.Escape(reason));
        }
    }

    // Every technique not in the table (not trained), and every eliminated one, with its reasons: one line each.
    private static void LeftOut(IAnsiConsole console, RunResult run, SelectionResult? selection)
    {
        var eliminated = selection?.Eliminated.ToDictionary(e => e.Candidate, StringComparer.Ordinal) ?? [];
        foreach (var technique in run.Techniques)
        {
            if (eliminated.TryGetValue(technique.Name, out var e))
            {
                var stage = e.Stage == EliminationStage.BeforeMeasuring ? string.Empty : " after measuring";
                console.MarkupLine($"[red]✗[/] [dim]{Markup.Escape(technique.Name)}{stage}: {Markup.Escape(string.Join("; ", e.Reasons))}[/]");
            }
            else if (technique.Status is not (TechniqueStatus.Measured or TechniqueStatus.OverBudget))
            {
                console.MarkupLine($"[red]✗[/] [dim]{Markup.Escape(technique.Name)}: {Markup.Escape(technique.Message ?? technique.Status.ToString())}[/]");
            }
        }
    }

    private static void Sensitivity(IAnsiConsole console, SelectionResult selection)
    {
        if (selection.Sensitivity is not { StayFirstShare: double share } sensitivity)
        {
            return;
        }

        var others = sensitivity.Winning.Where(w => w.Candidate != selection.Recommended?.Candidate)
            .Select(w => $"{w.Candidate} with {(w.Weights is null ? "no weighting found" : StudyPriorities.WeightsText(w.Weights))}")
            .ToList();
        var rest = others.Count > 0 ? "; would win instead: " + string.Join("; ", others) : string.Empty;
        console.MarkupLine($"Sensitivity: stays first under {(share * 100).ToString("0", Invariant)}% of {sensitivity.Samples.ToString(Invariant)} random weightings around the given weights{Markup.Escape(rest)}.");
    }
}
