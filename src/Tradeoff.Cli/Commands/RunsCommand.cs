using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff runs</c>: the runs in the store, with study, date, status and recommendation.</summary>
internal sealed class RunsCommand(CliServices services) : Command<StoreOptions>
{
    public override int Execute(CommandContext context, StoreOptions settings, CancellationToken cancellationToken)
    {
        using var store = settings.Open(services);
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Runs[/] in {Markup.Escape(store.Location)}");
        foreach (var column in new[] { "run", "study", "started (UTC)", "finished (UTC)", "status", "recommended" })
        {
            table.AddColumn(column);
        }

        foreach (var run in store.ListRuns())
        {
            table.AddRow(
                Markup.Escape(run.Id),
                Markup.Escape(run.StudyName),
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                run.FinishedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape(run.Status.ToString().ToLowerInvariant()),
                Markup.Escape(run.Recommended ?? "-"));
        }

        services.Out.Write(table);
        return TradeoffApp.Ok;
    }
}
