using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Reporting;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Formats;
using Tradeoff.Reporting.Json;
using Tradeoff.Runs;
using Tradeoff.Store;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff run</c>: the main job. Turns the arguments into a study, runs it, keeps it in the store, renders the outcome.</summary>
internal sealed class RunCommand(CliServices services) : Command<RunSettings>
{
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var study = settings.Study is not null
            ? StudyFiles.Read(settings.Study, services.Catalog)
            : StudyFiles.AdHoc(settings.Data!, settings.Target, settings.TechniqueIds(), services.Catalog);
        if (settings.Quick)
        {
            study = study with { Protocol = study.Protocol with { Quick = true } };
        }

        var storePath = settings.Store ?? RunStorePaths.Default(study.File);
        var mode = settings.Resume ? StoreMode.Resume : settings.Fresh ? StoreMode.Fresh : StoreMode.Reuse;
        using var session = new StoreSession(() => SqliteRunStore.Open(storePath, services.Time), study, mode, new ConsoleRunObserver(services.Error, services.Time), services.Time, settings.KeepModels);
        RunOutcome outcome;
        try
        {
            outcome = new StudyRunner(services.Catalog, services.Time, services.Environment).Run(study, session, cancellationToken, session, session);
        }
        catch
        {
            session.Fail();
            throw;
        }

        var document = ResultsDocument.From(outcome);
        session.Finish(outcome, ResultsJson.ToJson(document));
        OutcomeView.Render(services.Out, outcome);
        if (session.Reused > 0)
        {
            var from = settings.Resume ? "measured before the run stopped" : "an identical earlier run in the same environment";
            services.Error.MarkupLine($"[dim]{session.Reused} technique(s) taken from the store ({from}); --fresh measures them again.[/]");
        }

        if (settings.Json is not null)
        {
            WriteJson(settings.Json, document);
            services.Error.MarkupLine($"results written to [bold]{Markup.Escape(settings.Json)}[/]");
        }

        if (settings.Report is not null)
        {
            ReportWriter.WriteAll(document, settings.Report);
            services.Error.MarkupLine($"reports written to [bold]{Markup.Escape(Path.Combine(settings.Report, ReportFormats.All[0].FileName))}[/] (and {string.Join(", ", ReportFormats.All.Skip(1).Select(f => f.FileName))})");
        }

        services.Error.MarkupLine($"[dim]run {Markup.Escape(session.RunId ?? "-")} kept in {Markup.Escape(session.Location ?? storePath)}[/]");
        if (outcome.Interrupted)
        {
            var again = settings.Study is not null ? $"tradeoff run {settings.Study} --resume" : "the same command with --resume";
            services.Error.MarkupLine($"[yellow]interrupted[/]: what was measured is kept; continue with: {Markup.Escape(again)}");
            return TradeoffApp.Interrupted;
        }

        return TradeoffApp.Ok;
    }

    private static void WriteJson(string path, ResultsDocument document)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var stream = File.Create(path);
        ResultsJson.Write(document, stream);
    }
}
