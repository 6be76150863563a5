using Spectre.Console;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>What commands are given: where to write, the clock, the techniques and the environment probe. Tests pass test consoles and a fake clock.</summary>
/// <param name="Out">Results: tables, reports.</param>
/// <param name="Error">Errors and progress, so that results can be piped.</param>
/// <param name="Time">The clock measurements use.</param>
/// <param name="Catalog">The techniques this build offers.</param>
/// <param name="Interactive">True when a person watches a terminal (live progress); false when redirected or in CI.</param>
/// <param name="Environment">Captures the environment a run measures in; tests give a fixed machine and runtime settings.</param>
internal sealed record CliServices(IAnsiConsole Out, IAnsiConsole Error, TimeProvider Time, TechniqueCatalog Catalog, bool Interactive, EnvironmentProbe Environment)
{
    /// <summary>The folder a store is searched from and a report is written into by default; tests give a temp folder.</summary>
    public string WorkingFolder { get; init; } = System.Environment.CurrentDirectory;

    /// <summary>Where the user's state is kept (the last store used, <see cref="Storage.UserState"/>); null keeps none. Tests give a temp folder or none.</summary>
    public string? StateFolder { get; init; }
}
