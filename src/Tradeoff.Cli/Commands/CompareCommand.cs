using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Statistics;
using Tradeoff.Store;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff compare RUN_A RUN_B</c>: quality by quality, both values, the change and whether it is significant
/// (the same study on two machines, or before and after a library upgrade).
/// </summary>
internal sealed class CompareCommand(CliServices services) : Command<CompareCommand.Settings>
{
    /// <summary>Options of <c>tradeoff compare</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<run-a>")]
        [Description("The first run (id, prefix or latest).")]
        public string RunA { get; init; } = string.Empty;

        [CommandArgument(1, "<run-b>")]
        [Description("The second run.")]
        public string RunB { get; init; } = string.Empty;

        [CommandOption("--all")]
        [Description("Show every quality, the unchanged too (default: only the changed ones).")]
        public bool All { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.Open(services);
        var a = store.LoadRun(store.ResolveRunId(settings.RunA))!;
        var b = store.LoadRun(store.ResolveRunId(settings.RunB))!;
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(a.Id)} → {Markup.Escape(b.Id)}[/]");
        foreach (var column in new[] { "technique", "quality", a.Id, b.Id, "change", "significant", "test" })
        {
            table.AddColumn(Markup.Escape(column));
        }

        var changes = RunComparison.Compare(a, b);
        var shown = settings.All ? changes : changes.Where(Changed).ToList();
        foreach (var change in shown)
        {
            var color = change.Improved switch { true => "green", false => "red", _ => "default" };
            // A quality one of the runs did not measure has no change: a dash, never NaN.
            var compared = double.IsFinite(change.Change);
            table.AddRow(
                Markup.Escape(change.Technique),
                Markup.Escape(change.Quality),
                Markup.Escape(QualityFormat.Value(change.ValueA, change.Unit)),
                Markup.Escape(QualityFormat.Value(change.ValueB, change.Unit)),
                compared ? $"[{color}]{Markup.Escape(Change(change))}[/]" : "[dim]-[/]",
                change.Significance switch
                {
                    Significance.Significant => "[bold]yes[/]",
                    Significance.NotSignificant => "no",
                    _ => compared ? "[dim]unknown[/]" : "[dim]-[/]",
                },
                Markup.Escape(change.Test == SignificanceTest.None ? "-" : change.PValue is double p && double.IsFinite(p) ? $"{change.Test} p={p.ToString("0.###", CultureInfo.InvariantCulture)}" : change.Test.ToString()));
        }

        if (shown.Count > 0)
        {
            services.Out.Write(table);
        }

        var hidden = changes.Count - shown.Count;
        if (hidden > 0)
        {
            var none = shown.Count == 0 ? $"{a.Id} and {b.Id}: no quality changed; " : string.Empty;
            services.Out.MarkupLine($"[dim]{Markup.Escape(none)}{QualityFormat.Count(hidden)} unchanged (not significantly different, or the same value where no test applies) not shown; --all shows every one.[/]");
        }

        return TradeoffApp.Ok;
    }

    /// <summary>
    /// A change worth showing: significant by its test, or, where no test applies, a different value (a quality
    /// measured in one run only counts as changed; one measured in neither does not).
    /// </summary>
    internal static bool Changed(QualityChange change) => change.Significance switch
    {
        Significance.Significant => true,
        Significance.NotSignificant => false,
        _ => double.IsNaN(change.ValueA) != double.IsNaN(change.ValueB) || (!double.IsNaN(change.Change) && change.Change != 0),
    };

    // The change in the quality's own unit (fractions in points), signed, with the relative change when it has one.
    private static string Change(QualityChange change)
    {
        var sign = change.Change > 0 ? "+" : change.Change < 0 ? "-" : string.Empty;
        var relative = double.IsFinite(change.RelativeChange) ? $" ({(change.RelativeChange * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)}%)" : string.Empty;
        return sign + QualityFormat.Difference(change.Change, change.Unit) + relative;
    }
}
