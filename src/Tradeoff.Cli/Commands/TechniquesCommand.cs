using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Core.Data;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff techniques</c>: what exists, what each can do, and its settings.</summary>
internal sealed class TechniquesCommand(CliServices services) : Command<TechniquesCommand.Settings>
{
    /// <summary>Options of <c>tradeoff techniques</c>.</summary>
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--details")]
        [System.ComponentModel.Description("Also list every setting with its default.")]
        public bool Details { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Techniques[/]");
        foreach (var column in new[] { "id", "tasks", "interpretable", "incremental", "needs scaling", "missing values", "categorical", "settings", "available" })
        {
            table.AddColumn(column);
        }

        foreach (var d in services.Catalog.All)
        {
            var c = d.Capabilities;
            var tasks = string.Join(", ", c.Tasks.Order().Select(t => t switch
            {
                TaskKind.BinaryClassification => "binary",
                TaskKind.MulticlassClassification => "multiclass",
                _ => "regression",
            }));
            var hyper = settings.Details
                ? string.Join("\n", d.Settings.Select(h => $"{h.Name} = {h.DefaultText} ({h.Type}): {h.Description}{Tuned(d, h.Name)}"))
                : string.Join(", ", d.Settings.Select(h => h.Name));
            var unavailable = d.CheckAvailability();
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(d.Id)}[/]\n[dim]{Markup.Escape(d.Summary)}[/]"),
                new Text(tasks),
                YesNo(c.Interpretable),
                YesNo(c.Incremental),
                YesNo(c.NeedsScaling),
                new Text(c.HandlesMissing ? "native" : "imputed"),
                new Text(c.HandlesCategorical ? "native" : "one-hot"),
                new Text(hyper),
                unavailable is null ? new Markup("[green]yes[/]") : new Markup($"[red]no[/]: {Markup.Escape(unavailable)}"));
        }

        services.Out.Write(table);
        return TradeoffApp.Ok;
    }

    // What protocol.tuning searches for this setting, so that a study can fix it or trust the range.
    private static string Tuned(Core.Techniques.TechniqueDescriptor descriptor, string name) =>
        descriptor.Search.Dimensions.FirstOrDefault(d => d.Name == name) is { } dimension
            ? $"\n  tuning searches {dimension.Describe()}{(dimension.Tasks is null ? string.Empty : " (for " + string.Join(", ", dimension.Tasks.Select(t => t.ToId()).Order(StringComparer.Ordinal)) + " only)")}"
            : string.Empty;

    private static Markup YesNo(bool value) => new(value ? "[green]yes[/]" : "no");
}
