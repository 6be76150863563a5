using System.Runtime.InteropServices;
using Spectre.Console;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Measurement;

namespace Tradeoff.Cli;

/// <summary>The composition root: real consoles, the system clock, every technique; Ctrl+C and SIGTERM cancel the run.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; Spectre would assume 80 columns and fold the tables.
            output.Profile.Width = 200;
        }

        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            // An error is one line: a log or CI must get it whole, not folded at an assumed 80 columns.
            error.Profile.Width = 4000;
        }

        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        using var cancel = new CancellationTokenSource();
        // The first Ctrl+C (SIGINT) or SIGTERM (kill, a container or service stopping) stops measuring and keeps what was
        // measured; a second one ends the process at once.
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var services = new CliServices(output, error, TimeProvider.System, TechniqueCatalogs.Default, interactive, EnvironmentProbe.Default)
        {
            StateFolder = Storage.UserState.Folder(Environment.GetEnvironmentVariable),
        };
        return TradeoffApp.Run(args, services, cancel.Token);
    }
}
