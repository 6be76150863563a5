using Spectre.Console;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>What commands are given: where to write, the clock and the techniques. Tests pass test consoles and a fake clock.</summary>
/// <param name="Out">Results: tables, reports.</param>
/// <param name="Error">Errors and progress, so that results can be piped.</param>
/// <param name="Time">The clock measurements use.</param>
/// <param name="Catalog">The techniques this build offers.</param>
/// <param name="Interactive">True when a person watches a terminal (live progress); false when redirected or in CI.</param>
internal sealed record CliServices(IAnsiConsole Out, IAnsiConsole Error, TimeProvider Time, TechniqueCatalog Catalog, bool Interactive);
