using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Results;
using Tradeoff.Core.Qualities;
using Tradeoff.Selection;

namespace Tradeoff.Reporting.Console;

/// <summary>
/// The console's default table: one row per measured technique in ranking order (the frontier first, each part by
/// utility, as the rank column shows), with its verdict, the study's objectives and weighted qualities and its
/// utility; the eliminated after them. It keeps the columns that fit the console and says which it left out.
/// </summary>
public static class Leaderboard
{
    /// <summary>Writes the table and the lines that explain it.</summary>
    public static void Render(IAnsiConsole console, RunResult run, SelectionResult? selection)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        var rows = Rows(run, selection);
        if (rows.Count == 0)
        {
            return;
        }

        var qualities = Qualities(run, selection);
        var columns = new List<FittedColumn>
        {
            new("#", i => rows[i].Rank, RightAligned: true),
            new("technique", i => rows[i].Name),
            new("verdict", i => rows[i].Verdict, Optional: true),
            new("utility", i => rows[i].Utility, RightAligned: true),
        };
        columns.InsertRange(3, qualities.Select(q => new FittedColumn(
            Markup.Escape(QualityTable.Header(q)),
            i => rows[i].Technique is { } t ? QualityTable.CellMarkup(t.Qualities.GetValueOrDefault(q)) : "[dim]-[/]",
            Optional: true,
            RightAligned: true)));
        var (table, dropped) = FittedTable.Build(console, columns, rows.Count, () => new Table().Border(TableBorder.Rounded));
        console.Write(table);
        console.MarkupLine($"[dim]{Markup.Escape(Order(selection))}[/]");
        if (dropped.Count > 0)
        {
            console.MarkupLine($"[dim]left out to fit {console.Profile.Width.ToString(CultureInfo.InvariantCulture)} columns: {Markup.Escape(string.Join(", ", dropped))} (--details shows every table)[/]");
        }
    }

    // The ranked first, in rank order; then the measured but eliminated, in study order. Not trained techniques are
    // left to their own line each.
    private static List<Row> Rows(RunResult run, SelectionResult? selection)
    {
        var byName = run.Techniques.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var rows = new List<Row>();
        var ranked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in selection?.Ranking ?? [])
        {
            ranked.Add(entry.Candidate);
            var mark = entry.OnFrontier ? " [blue]◆[/]" : string.Empty;
            var verdict = entry.Candidate == selection!.Recommended?.Candidate ? "[green]recommended[/]"
                : entry.TiedAtTop ? "[yellow]tied[/]"
                : "kept";
            if (selection.Flagged.ContainsKey(entry.Candidate))
            {
                verdict += " [yellow]?[/]";
            }

            rows.Add(new(entry.Rank.ToString(CultureInfo.InvariantCulture) + mark, Markup.Escape(entry.Candidate), verdict, QualityFormat.Utility(entry.Utility, entry.UtilityHalfWidth), byName.GetValueOrDefault(entry.Candidate)));
        }

        var eliminated = selection?.Eliminated.Select(e => e.Candidate).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var technique in run.Techniques.Where(t => !ranked.Contains(t.Name) && t.Status is TechniqueStatus.Measured or TechniqueStatus.OverBudget))
        {
            var verdict = eliminated.Contains(technique.Name) ? "[red]eliminated[/]" : selection is null ? "measured" : "not ranked";
            rows.Add(new("-", $"[dim]{Markup.Escape(technique.Name)}[/]", verdict, "-", technique));
        }

        return rows;
    }

    // The objectives, then the weighted qualities (then the lexicographic priorities), each once, that a row has.
    private static List<string> Qualities(RunResult run, SelectionResult? selection)
    {
        var wanted = selection is null
            ? run.Study.Objectives.Concat(run.Study.Weights.Keys)
            : selection.Objectives.Concat(selection.Weights.Keys).Concat(selection.Priorities.Select(p => p.Quality));
        return QualityTable.Columns(run.Techniques, wanted.Distinct(StringComparer.Ordinal)).ToList();
    }

    private static string Order(SelectionResult? selection)
    {
        if (selection is null || selection.Ranking.Count == 0)
        {
            return "↑ higher is better, ↓ lower is better; ▲▼ significantly better or worse than the best.";
        }

        var by = selection.Priorities.Count > 0 ? "lexicographically by the priorities" : "by utility";
        return $"# rank: the frontier first (◆: none better on {string.Join(", ", selection.Objectives)} beyond the noise), then the dominated, each {by}; ? a constraint inconclusive; ▲▼ vs the best.";
    }

    private sealed record Row(string Rank, string Name, string Verdict, string Utility, TechniqueResult? Technique);
}
