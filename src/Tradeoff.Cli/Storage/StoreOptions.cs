using System.ComponentModel;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Store;

namespace Tradeoff.Cli.Storage;

/// <summary>Options shared by the commands that read the store.</summary>
internal class StoreOptions : CommonSettings
{
    [CommandOption("--store <PATH>")]
    [Description("The run store: a .db file (or sqlite:PATH), or a study file whose store (.tradeoff/tradeoff.db beside it) to read. Default: .tradeoff/tradeoff.db in the current folder.")]
    public string? Store { get; init; }

    /// <summary>The store file these options name.</summary>
    public string StorePath() => Store switch
    {
        null => RunStorePaths.Default(null),
        _ when Store.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Store.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) => RunStorePaths.Default(Path.GetFullPath(Store)),
        _ => Store,
    };

    /// <summary>Opens the store, failing with a one-line error when there is none.</summary>
    public IRunStore Open(TimeProvider time) => RunStores.Open(StorePath(), time, mustExist: true);
}
