using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Core.Results;
using Tradeoff.Measurement;

namespace Tradeoff.Cli.Tests;

/// <summary>Runs the command line in-process with test consoles, as a user would type it.</summary>
internal sealed class CliHarness
{
    private CliHarness(int width = 250)
    {
        Out = new TestConsole().Width(width);
        Error = new TestConsole().Width(width);
    }

    public TestConsole Out { get; }

    public TestConsole Error { get; }

    public int ExitCode { get; private set; }

    public string Output => Out.Output;

    public string ErrorOutput => Error.Output;

    /// <summary>Runs <c>tradeoff ARGS</c> with the system clock (measurements need real time to be non-zero).</summary>
    public static CliHarness Run(params string[] args) => RunWith(TimeProvider.System, args);

    public static CliHarness RunWith(TimeProvider time, params string[] args) => RunWith(time, EnvironmentProbe.Default, args);

    /// <summary>Runs <c>tradeoff ARGS</c> as if on <paramref name="machine"/> (its runtime settings, CPU...), with the system clock.</summary>
    public static CliHarness RunOn(EnvironmentInfo machine, params string[] args) => RunWith(TimeProvider.System, new EnvironmentProbe(() => machine), args);

    /// <summary>
    /// Runs <c>tradeoff ARGS</c> in a console <paramref name="width"/> columns wide, from <paramref name="folder"/>
    /// (where a store is searched from), with the user's state in <paramref name="state"/>: never the real user's.
    /// </summary>
    public static CliHarness RunIn(int width, string? folder, string? state, params string[] args) =>
        RunWith(TimeProvider.System, EnvironmentProbe.Default, args, width, folder, state);

    private static CliHarness RunWith(TimeProvider time, EnvironmentProbe environment, string[] args, int width = 250, string? folder = null, string? state = null)
    {
        var harness = new CliHarness(width);
        var services = new CliServices(harness.Out, harness.Error, time, TechniqueCatalogs.Default, Interactive: false, environment)
        {
            WorkingFolder = folder ?? Environment.CurrentDirectory,
            StateFolder = state,
        };
        harness.ExitCode = TradeoffApp.Run(args, services);
        return harness;
    }

    /// <summary>A fake clock, for runs whose timings are not asserted.</summary>
    public static FakeTimeProvider FakeClock() => new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
