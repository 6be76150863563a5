using Spectre.Console;
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
        ("Cost", [QualityIds.TrainTime, QualityIds.TrainMemory, QualityIds.MeasurementMemory, QualityIds.LatencyP50, QualityIds.LatencyP99, QualityIds.Throughput, QualityIds.ModelSize, QualityIds.Parameters, QualityIds.EnergyTrain, QualityIds.EnergyPredict]),
        ("Beyond accuracy", [QualityIds.Interpretability, QualityIds.ComplexityRules, QualityIds.RobustnessNoiseDrop, QualityIds.RobustnessLabelNoiseDrop, QualityIds.StabilityChurn, QualityIds.FairnessAccuracyGap, QualityIds.FairnessDemographicParity, QualityIds.FairnessEqualizedOdds, QualityIds.PrivacyMembershipAuc, QualityIds.DataNeedsRowsTo95, QualityIds.IncrementalUpdateTime]),
    ];

    /// <summary>The qualities of <paramref name="candidates"/> that any of <paramref name="techniques"/> has.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<TechniqueResult> techniques, IEnumerable<string> candidates) =>
        candidates.Where(q => techniques.Any(t => t.Qualities.TryGetValue(q, out var v) && v.IsAvailable)).ToList();

    /// <summary>
    /// Writes every group's table, skipping groups with no value: one row per measured technique, split into as many
    /// tables as the console's width needs (a group too wide for it continues in a second table) rather than wrapped;
    /// then the techniques not measured, in one line. <paramref name="frontier"/> marks frontier members,
    /// <paramref name="recommended"/> the pick.
    /// </summary>
    public static void Render(IAnsiConsole console, IReadOnlyList<TechniqueResult> techniques, ISet<string>? frontier = null, string? recommended = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(techniques);
        var measured = techniques.Where(t => t.Status is TechniqueStatus.Measured or TechniqueStatus.OverBudget).ToList();
        foreach (var (title, qualities) in Groups)
        {
            var columns = Columns(measured, qualities);
            if (columns.Count == 0)
            {
                continue;
            }

            var fitted = new List<FittedColumn> { new("technique", i => Name(measured[i], frontier, recommended)) };
            fitted.AddRange(columns.Select(q => new FittedColumn(Markup.Escape(Header(q)), i => CellMarkup(measured[i].Qualities.GetValueOrDefault(q)), Optional: true, RightAligned: true)));
            if (measured.Any(t => t.Status != TechniqueStatus.Measured))
            {
                fitted.Add(new("note", i => $"[dim]{Markup.Escape(measured[i].Status == TechniqueStatus.Measured ? string.Empty : measured[i].Message ?? measured[i].Status.ToString())}[/]", Optional: true));
            }

            var heading = Markup.Escape(title);
            foreach (var table in FittedTable.Split(console, fitted, measured.Count, part => new Table().Border(TableBorder.Rounded).Title(part == 0 ? $"[bold]{heading}[/]" : $"[bold]{heading}[/] (continued)")))
            {
                console.Write(table);
            }
        }

        var missing = techniques.Except(measured).Select(t => $"{t.Name} ({t.Message ?? t.Status.ToString()})").ToList();
        if (missing.Count > 0)
        {
            console.MarkupLine($"[dim]not measured: {Markup.Escape(string.Join("; ", missing))}[/]");
        }
    }

    private static string Name(TechniqueResult technique, ISet<string>? frontier, string? recommended)
    {
        var mark = technique.Name == recommended ? " [green]★[/]" : frontier?.Contains(technique.Name) == true ? " [blue]◆[/]" : string.Empty;
        return Markup.Escape(technique.Name) + mark;
    }

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
