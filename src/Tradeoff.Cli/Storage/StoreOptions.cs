using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Store;

namespace Tradeoff.Cli.Storage;

/// <summary>Options shared by the commands that read the store.</summary>
internal class StoreOptions : CommonSettings
{
    private bool _announced;

    [CommandOption("--store <PATH>")]
    [Description("The run store: a .db file (or sqlite:PATH), or a study file whose store (.tradeoff/tradeoff.db beside it) to read. Default: the nearest .tradeoff/tradeoff.db from the current folder up, else the last store used.")]
    public string? Store { get; init; }

    /// <summary>The store these options mean, and how it was found (see <see cref="StoreLocator"/>).</summary>
    public StoreChoice Choose(CliServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Store switch
        {
            null => StoreLocator.Find(services.WorkingFolder, services.StateFolder),
            _ when Store.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Store.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) => new(RunStorePaths.Default(Path.GetFullPath(Store)), "beside the study " + Store),
            _ => new(Store, "given by --store"),
        };
    }

    /// <summary>
    /// Opens the store, failing with a one-line error when there is none; says on the error stream which store it is,
    /// and remembers it as the last store used.
    /// </summary>
    public IRunStore Open(CliServices services)
    {
        var choice = Choose(services);
        var store = RunStores.Open(choice.Location, services.Time, mustExist: true);
        if (!_announced)
        {
            // Once per command, though a command may open its store twice (explain: the results, then the kept model).
            services.Error.MarkupLine($"[dim]store: {Markup.Escape(store.Location)} ({Markup.Escape(choice.How)})[/]");
            _announced = true;
        }

        UserState.RememberStore(services.StateFolder, StoreLocator.Absolute(choice.Location));
        return store;
    }
}
