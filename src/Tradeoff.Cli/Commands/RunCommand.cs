using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Core.Studies;
using Tradeoff.Reporting;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Json;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff run</c>: the main job. Turns the arguments into a study, runs it, renders the outcome.</summary>
internal sealed class RunCommand(CliServices services) : Command<RunSettings>
{
    protected override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var study = settings.Study is not null
            ? StudyFiles.Read(settings.Study, services.Catalog)
            : StudyFiles.AdHoc(settings.Data!, settings.Target, settings.TechniqueIds(), services.Catalog);
        if (settings.Quick)
        {
            study = study with { Protocol = study.Protocol with { Quick = true } };
        }

        var observer = new ConsoleRunObserver(services.Error, services.Time);
        var outcome = new StudyRunner(services.Catalog, services.Time).Run(study, observer, cancellationToken);
        OutcomeView.Render(services.Out, outcome);

        if (settings.Json is not null)
        {
            WriteJson(settings.Json, outcome);
            services.Error.MarkupLine($"results written to [bold]{Markup.Escape(settings.Json)}[/]");
        }

        if (outcome.Interrupted)
        {
            services.Error.MarkupLine("[yellow]interrupted[/]: the table holds what was measured before the stop.");
            return TradeoffApp.Interrupted;
        }

        return TradeoffApp.Ok;
    }

    private static void WriteJson(string path, RunOutcome outcome)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = File.Create(path);
        ResultsJson.Write(ResultsDocument.From(outcome), stream);
    }
}
