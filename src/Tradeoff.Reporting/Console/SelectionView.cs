using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Qualities;
using Tradeoff.Reporting.Text;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Console;

/// <summary>The console rendering of selection: the elimination trail, the frontier, the ranking, the recommendation, its sensitivity, the what-if.</summary>
public static class SelectionView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes <paramref name="selection"/>; nothing when there is none.</summary>
    public static void Render(IAnsiConsole console, SelectionResult? selection)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (selection is null)
        {
            return;
        }

        RenderEliminations(console, selection);
        RenderFrontier(console, selection);
        RenderRanking(console, selection);
        RenderWhatIf(console, selection);
        foreach (var note in selection.Notes)
        {
            console.MarkupLine($"[dim]note: {Markup.Escape(note)}[/]");
        }
    }

    private static void RenderEliminations(IAnsiConsole console, SelectionResult selection)
    {
        if (selection.Eliminated.Count == 0 && selection.Verdicts.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Elimination[/]");
        foreach (var e in selection.Eliminated)
        {
            var stage = e.Stage == EliminationStage.BeforeMeasuring ? "before measuring" : "after measuring";
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(e.Candidate)} ({stage}): {Markup.Escape(string.Join("; ", e.Reasons))}");
        }

        foreach (var (candidate, constraints) in selection.Flagged)
        {
            console.MarkupLine($"  [yellow]?[/] {Markup.Escape(candidate)} kept, inconclusive on: {Markup.Escape(string.Join("; ", constraints))}");
        }

        // One table per constraint, its limit in the title: a table of every verdict is wider than a terminal. Values,
        // intervals and margins in the quality's unit, as every other output writes them.
        foreach (var group in selection.Verdicts.GroupBy(v => v.Constraint, StringComparer.Ordinal))
        {
            var verdicts = group.ToList();
            var limits = verdicts.Select(v => v.LimitDerivation).Distinct(StringComparer.Ordinal).ToList();
            var columns = new List<FittedColumn>
            {
                new("candidate", i => Markup.Escape(verdicts[i].Candidate)),
                new("verdict", i => $"[{Color(verdicts[i].Outcome)}]{verdicts[i].Outcome.ToString().ToUpperInvariant()}[/]"),
                new("value [[95% interval]]", i => Markup.Escape(Value(verdicts[i].Value, verdicts[i].Unit) + Interval(verdicts[i].Lower, verdicts[i].Upper, verdicts[i].Unit)), Optional: true, RightAligned: true),
                new("margin", i => Markup.Escape(Margin(verdicts[i].Margin, verdicts[i].Unit)), Optional: true, RightAligned: true),
            };
            if (limits.Count > 1)
            {
                columns.Add(new("limit", i => Markup.Escape(verdicts[i].LimitDerivation), Optional: true));
            }

            var title = Markup.Escape(group.Key + (limits.Count == 1 ? ", limit " + limits[0] : string.Empty));
            foreach (var table in FittedTable.Split(console, columns, verdicts.Count, part => new Table().Border(TableBorder.Simple).Title(part == 0 ? title : title + " (continued)")))
            {
                console.Write(table);
            }
        }
    }

    private static string Color(Outcome outcome) => outcome switch { Outcome.Pass => "green", Outcome.Fail => "red", _ => "yellow" };

    private static void RenderFrontier(IAnsiConsole console, SelectionResult selection)
    {
        if (selection.Objectives.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Pareto frontier[/] over {Markup.Escape(string.Join(", ", selection.Objectives))}: [blue]{Markup.Escape(string.Join(", ", selection.Frontier))}[/]");
        foreach (var (dominated, by) in selection.DominatedBy)
        {
            console.MarkupLine($"  [dim]{Markup.Escape(dominated)} is dominated by {Markup.Escape(by)}[/]");
        }

        foreach (var tie in selection.Ties)
        {
            console.MarkupLine($"  [yellow]≈[/] {Markup.Escape(tie.Text)}");
        }
    }

    private static string Priority(LexicographicPriority priority) =>
        priority.Tolerance == 0 ? priority.Quality
        : priority.Relative ? $"{priority.Quality} within {(priority.Tolerance * 100).ToString("0.##", Invariant)}%"
        : $"{priority.Quality} within {QualityFormat.Difference(priority.Tolerance, QualityCatalog.Find(priority.Quality)?.Unit ?? "count")}";

    private static void RenderRanking(IAnsiConsole console, SelectionResult selection)
    {
        if (selection.Ranking.Count == 0)
        {
            return;
        }

        console.WriteLine();
        var weights = StudyPriorities.WeightsText(selection.Weights);
        var by = selection.Priorities.Count > 0
            ? " by priorities (lexicographic): " + string.Join(", then ", selection.Priorities.Select(Priority))
            : weights.Length > 0 ? " by utility (" + weights + ")" : string.Empty;
        // Frontier candidates rank before dominated ones whatever their utility: say so where the order would surprise.
        var frontierFirst = selection.Ranking.Any(e => !e.OnFrontier) ? "; frontier (◆) first, then the dominated" : string.Empty;
        console.MarkupLine($"[bold]Ranking[/]{Markup.Escape(by + frontierFirst)}");
        foreach (var entry in selection.Ranking)
        {
            var utility = entry.Utility is null ? string.Empty : " utility " + QualityFormat.Utility(entry.Utility, entry.UtilityHalfWidth);
            var mark = entry.OnFrontier ? "[blue]◆[/]" : " ";
            var tied = entry.TiedAtTop ? " [yellow]tied[/]" : entry.OutrankedBy is { } better ? $" [dim](outranked by {Markup.Escape(better)})[/]" : string.Empty;
            console.MarkupLine($"  {entry.Rank.ToString(Invariant),2}. {mark} {Markup.Escape(entry.Candidate),-24}{utility}{tied}");
        }

        if (selection.Scales.Count > 0)
        {
            console.MarkupLine("  [dim]Scales (fixed before measuring, 1 the best):[/]");
            foreach (var scale in selection.Scales)
            {
                console.MarkupLine($"  [dim]  {Markup.Escape(scale.Text)}[/]");
            }
        }

        if (selection.Recommended is { } recommended)
        {
            console.WriteLine();
            // The reasons once, one a line (Text is the same reasons joined on one line, for the one-line outputs).
            console.MarkupLine($"[bold green]Recommended: {Markup.Escape(recommended.Candidate)}[/]");
            foreach (var reason in recommended.Reasons)
            {
                console.MarkupLine("  - " + Markup.Escape(reason));
            }
        }

        if (selection.Sensitivity is { StayFirstShare: double share } sensitivity)
        {
            console.MarkupLine($"  Sensitivity: stays first under {(share * 100).ToString("0", Invariant)}% of {sensitivity.Samples.ToString(Invariant)} random weightings around the given weights.");
            foreach (var w in sensitivity.Winning.Where(w => w.Candidate != selection.Recommended?.Candidate))
            {
                var text = w.Weights is null ? "no weighting found" : StudyPriorities.WeightsText(w.Weights);
                console.MarkupLine($"  [dim]{Markup.Escape(w.Candidate)} would win with: {Markup.Escape(text)}[/]");
            }
        }
    }

    private static void RenderWhatIf(IAnsiConsole console, SelectionResult selection)
    {
        if (selection.WhatIf.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]What if[/]");
        foreach (var w in selection.WhatIf)
        {
            console.MarkupLine("  " + Markup.Escape(w.Text));
        }
    }

    private static string Value(double? value, string unit) => value is double v ? QualityFormat.Value(v, unit) : "n/a";

    private static string Interval(double? lower, double? upper, string unit) =>
        lower is double l && upper is double u ? $" [{QualityFormat.Value(l, unit)}, {QualityFormat.Value(u, unit)}]" : string.Empty;

    // How far inside (+) or outside (-) the limit, in the quality's unit: fractions in points.
    private static string Margin(double? margin, string unit) =>
        margin is double m ? (m < 0 ? "-" : "+") + QualityFormat.Difference(m, unit) : "n/a";
}
