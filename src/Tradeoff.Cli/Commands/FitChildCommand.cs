using System.ComponentModel;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Measurement.Isolation;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff fit-child REQUEST</c> (hidden): one fit in a process of its own, started by a run whose technique is
/// under a time or memory limit, so the run can stop it for real (<see cref="ChildProcessFits"/>). Not for users.
/// </summary>
internal sealed class FitChildCommand(CliServices services) : Command<FitChildCommand.Settings>
{
    /// <summary>Options of <c>tradeoff fit-child</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<request>")]
        [Description("The fit request written by the run.")]
        public string Request { get; init; } = string.Empty;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        FitChild.Run(settings.Request, services.Catalog, Console.Out, Console.Error);

    /// <summary>The children of this very program: the apphost itself, or <c>dotnet tradeoff.dll</c>.</summary>
    public static ChildProcessFits Isolation()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(FitChildCommand).Assembly.Location;
        // Run as a single file or through its apphost, the program is the process itself; otherwise (dotnet
        // tradeoff.dll, or inside a test host) it is the dotnet host running the assembly.
        return string.IsNullOrEmpty(assembly) || Path.GetFileNameWithoutExtension(self) == "tradeoff"
            ? new ChildProcessFits(self, ["fit-child"])
            : new ChildProcessFits(Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet", [assembly, "fit-child"]);
    }
}
