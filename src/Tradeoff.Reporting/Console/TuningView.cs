using System.Globalization;
using Spectre.Console;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Text;

namespace Tradeoff.Reporting.Console;

/// <summary>
/// The console's Tuning section: per tuned technique, how it was searched, the configuration chosen and why, how its
/// predictive qualities were estimated, and the trials on its configuration frontier (the full trial table is in the
/// Markdown and HTML reports).
/// </summary>
public static class TuningView
{
    /// <summary>Writes the section for every tuned technique of <paramref name="techniques"/>; nothing when none was tuned.</summary>
    public static void Render(IAnsiConsole console, IReadOnlyList<TechniqueResult> techniques)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(techniques);
        var tuned = TuningText.Tuned(techniques);
        if (tuned.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Tuning[/] [dim](trial figures from the inner cross-validation on the training rows)[/]");
        foreach (var technique in tuned)
        {
            RenderTechnique(console, technique, techniques);
        }
    }

    /// <summary>Writes the tuning of one technique; nothing when it was not tuned.</summary>
    public static void RenderTechnique(IAnsiConsole console, TechniqueResult technique, IReadOnlyList<TechniqueResult>? techniques = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(technique);
        if (technique.Tuning is not { } tuning)
        {
            return;
        }

        console.WriteLine();
        var budget = TuningText.BudgetNote(tuning) is { } note ? $"; [yellow]{Markup.Escape(note)}[/]" : string.Empty;
        console.MarkupLine($"[bold]{Markup.Escape(technique.Name)}[/]: {Markup.Escape(TuningText.Search(tuning))}{budget}");
        // A grid keeps wrapped sentences under their own column instead of at the left edge.
        var facts = new Grid().AddColumn(new GridColumn().Padding(2, 0, 2, 0).NoWrap()).AddColumn();
        facts.AddRow(new Markup($"chosen [green]{TuningText.ChosenMark}[/]"), new Markup(Markup.Escape(TuningText.Chosen(tuning))));
        Fact(facts, "why", tuning.Reason);
        Fact(facts, "evaluation", tuning.Evaluation);
        Fact(facts, "outer folds chose", TuningText.FoldChoices(tuning));
        facts.AddRow(new Markup($"frontier [blue]{TuningText.FrontierMark}[/]"), new Markup(Markup.Escape(TuningText.Frontier(tuning))));
        console.Write(facts);
        var shown = tuning.Trials.Where(t => tuning.Frontier.Contains(t.Index) || t.Index == tuning.Chosen).ToList();
        if (shown.Count > 0)
        {
            console.Write(Table(tuning, shown, techniques ?? [technique], technique));
        }

        var failed = tuning.Trials.Count(t => t.Status != TechniqueStatus.Measured);
        if (failed > 0)
        {
            console.MarkupLine($"  [dim]{failed.ToString(CultureInfo.InvariantCulture)} trial(s) failed; the reports list them with the reason.[/]");
        }
    }

    private static Table Table(TuningResult tuning, IReadOnlyList<TrialResult> trials, IReadOnlyList<TechniqueResult> techniques, TechniqueResult technique)
    {
        var columns = TuningText.Columns(tuning, compact: true);
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("trial").RightAligned());
        table.AddColumn("settings");
        foreach (var quality in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(TuningText.Header(quality))).RightAligned());
        }

        // The x of the frontier curve: reading down the table walks along it from the smallest configuration.
        var along = tuning.FrontierObjectives.Count > 1 ? tuning.FrontierObjectives[1] : QualityIds.ModelSize;
        foreach (var trial in trials.OrderBy(t => Sort(t, along)).ThenBy(t => t.Index))
        {
            var mark = trial.Index == tuning.Chosen ? $" [green]{TuningText.ChosenMark}[/]" : string.Empty;
            var instance = TuningText.InstanceOf(techniques, technique, trial.Index) is { } name ? $" [dim](row {Markup.Escape(name)})[/]" : string.Empty;
            var row = new List<string> { trial.Index.ToString(CultureInfo.InvariantCulture) + mark, Markup.Escape(TuningText.Settings(trial.Settings)) + instance };
            row.AddRange(columns.Select(q => Markup.Escape(TuningText.Cell(trial, q))));
            table.AddRow([.. row]);
        }

        return table;
    }

    private static double Sort(TrialResult trial, string quality) =>
        trial.Qualities.TryGetValue(quality, out var v) && v.IsAvailable ? v.Value : double.MaxValue;

    private static void Fact(Grid facts, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            facts.AddRow(new Markup(Markup.Escape(label)), new Markup(Markup.Escape(text)));
        }
    }
}
