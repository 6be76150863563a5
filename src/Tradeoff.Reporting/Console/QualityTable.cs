using Spectre.Console;
using Spectre.Console.Rendering;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Console;

/// <summary>The console table of every quality for every technique: one row per technique instance.</summary>
public static class QualityTable
{
    /// <summary>
    /// The console's three tables, each with the columns a reader looks at first, in reading order; a column shows
    /// when any technique has a value for it. One wide table does not fit a terminal.
    /// </summary>
    public static IReadOnlyList<(string Title, string[] Qualities)> Groups { get; } =
    [
        ("Predictive quality", [QualityIds.Accuracy, QualityIds.Auc, QualityIds.MacroF1, QualityIds.LogLoss, QualityIds.Rmse, QualityIds.Mae, QualityIds.R2]),
        ("Cost", [QualityIds.TrainTime, QualityIds.TrainMemory, QualityIds.LatencyP50, QualityIds.LatencyP99, QualityIds.Throughput, QualityIds.ModelSize, QualityIds.Parameters, QualityIds.EnergyTrain, QualityIds.EnergyPredict]),
        ("Beyond accuracy", [QualityIds.Interpretability, QualityIds.ComplexityRules, QualityIds.RobustnessNoiseDrop, QualityIds.RobustnessLabelNoiseDrop, QualityIds.StabilityChurn, QualityIds.FairnessAccuracyGap, QualityIds.FairnessDemographicParity, QualityIds.FairnessEqualizedOdds, QualityIds.PrivacyMembershipAuc, QualityIds.DataNeedsRowsTo95, QualityIds.IncrementalUpdateTime]),
    ];

    /// <summary>The qualities of <paramref name="candidates"/> that any of <paramref name="techniques"/> has.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<TechniqueResult> techniques, IEnumerable<string> candidates) =>
        candidates.Where(q => techniques.Any(t => t.Qualities.TryGetValue(q, out var v) && v.IsAvailable)).ToList();

    /// <summary>Every group's table, skipping groups with no value.</summary>
    public static IEnumerable<IRenderable> BuildAll(IReadOnlyList<TechniqueResult> techniques, ISet<string>? frontier = null, string? recommended = null)
    {
        ArgumentNullException.ThrowIfNull(techniques);
        foreach (var (title, qualities) in Groups)
        {
            var columns = Columns(techniques, qualities);
            if (columns.Count > 0)
            {
                yield return Build(title, techniques, columns, frontier, recommended);
            }
        }
    }

    /// <summary>One table; <paramref name="frontier"/> marks frontier members, <paramref name="recommended"/> the pick.</summary>
    public static IRenderable Build(string title, IReadOnlyList<TechniqueResult> techniques, IReadOnlyList<string> columns, ISet<string>? frontier = null, string? recommended = null)
    {
        ArgumentNullException.ThrowIfNull(techniques);
        ArgumentNullException.ThrowIfNull(columns);
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
        table.AddColumn("technique");
        foreach (var quality in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(Header(quality))).RightAligned());
        }

        table.AddColumn("note");
        foreach (var technique in techniques)
        {
            table.AddRow(Row(technique, columns, frontier, recommended));
        }

        return table;
    }

    private static IRenderable[] Row(TechniqueResult technique, IReadOnlyList<string> columns, ISet<string>? frontier, string? recommended)
    {
        var name = Markup.Escape(technique.Name);
        var measured = technique.Status is TechniqueStatus.Measured or TechniqueStatus.OverBudget;
        var mark = technique.Name == recommended ? " [green]★[/]" : frontier?.Contains(technique.Name) == true ? " [blue]◆[/]" : string.Empty;
        var row = new List<IRenderable> { new Markup(measured ? name + mark : $"[dim]{name}[/]") };
        foreach (var quality in columns)
        {
            row.Add(measured ? Cell(technique.Qualities.GetValueOrDefault(quality)) : Spectre.Console.Text.Empty);
        }

        var note = technique.Status == TechniqueStatus.Measured ? string.Empty : technique.Message ?? technique.Status.ToString();
        row.Add(new Markup($"[dim]{Markup.Escape(note)}[/]"));
        return [.. row];
    }

    private static Markup Cell(QualityValue? value) => new(CellMarkup(value));

    /// <summary>A value as a cell's markup: the figure and its standing against the best (bold, ▲, ▼, ?); a dim dash when missing.</summary>
    internal static string CellMarkup(QualityValue? value)
    {
        if (value is null)
        {
            return "[dim]-[/]";
        }

        var text = Markup.Escape(QualityFormat.Format(value));
        return QualityNotes.StandingOf(value.Note) switch
        {
            QualityStanding.Best => $"[bold]{text}[/]",
            QualityStanding.Worse => $"{text} [red]▼[/]",
            QualityStanding.Better => $"{text} [green]▲[/]",
            QualityStanding.Inconclusive => $"{text} [yellow]?[/]",
            _ => text,
        };
    }

    /// <summary>A quality's column header: its id and the arrow of its direction (↑ higher is better, ↓ lower).</summary>
    internal static string Header(string quality) => quality + (QualityCatalog.Find(quality)?.Direction switch
    {
        Direction.HigherIsBetter => " ↑",
        Direction.LowerIsBetter => " ↓",
        _ => string.Empty,
    });
}
