using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Distributed;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff worker</c>: measures the jobs of distributed runs kept in a team store until stopped.</summary>
internal sealed class WorkerCommand(CliServices services) : Command<WorkerSettings>
{
    public override int Execute(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        var measuring = new WorkerContext(settings.Store!, services.Catalog, services.Time, services.Environment, FitChildCommand.Isolation, line => services.Error.WriteLine(line, Style.Plain))
        {
            Deployment = Export.OnnxDeployment.Runtime,
        };
        var machineClass = settings.MachineClass ?? Worker.MachineClassOf(services.Environment, services.Time);
        new Worker(measuring, settings.Concurrency, settings.InvisibilityTimeoutSpan!.Value, machineClass).Run(cancellationToken);
        return TradeoffApp.Ok;
    }
}
