using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Reporting;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Formats;
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
        CheckOutputs(settings, study, storePath);
        var mode = settings.Resume ? StoreMode.Resume : settings.Fresh ? StoreMode.Fresh : StoreMode.Reuse;
        using var journal = new RunJournal(() => RunStores.Open(storePath, services.Time), study, mode, new ConsoleRunObserver(services.Error, services.Time), services.Time, settings.KeepModels);
        var outcome = journal.Run(new StudyRunner(services.Catalog, services.Time, services.Environment) { Isolation = FitChildCommand.Isolation(), TimeBudget = settings.TimeBudgetSpan }, cancellationToken);
        var document = ResultsDocument.From(outcome);
        OutcomeView.Render(services.Out, outcome);
        if (journal.Reused > 0)
        {
            var from = settings.Resume ? "measured before the run stopped" : "an identical earlier run in the same environment";
            services.Error.MarkupLine($"[dim]{journal.Reused} technique(s) taken from the store ({from}); --fresh measures them again.[/]");
        }

        var kept = journal.Location ?? storePath;
        try
        {
            if (settings.Json is not null)
            {
                ReportWriter.Write(ReportFormats.Json, document, settings.Json);
                services.Error.MarkupLine($"results written to [bold]{Markup.Escape(settings.Json)}[/]");
            }

            if (settings.Report is not null)
            {
                ReportWriter.WriteAll(document, settings.Report);
                services.Error.MarkupLine($"reports written to [bold]{Markup.Escape(Path.Combine(settings.Report, ReportFormats.All[0].FileName))}[/] (and {string.Join(", ", ReportFormats.All.Skip(1).Select(f => f.FileName))})");
            }
        }
        catch (IOException e)
        {
            // The measurements are safe in the store (finished above): say how to render them once the disk has room.
            throw new Core.InputException($"{e.Message}; the run is kept as {journal.RunId} in {kept}: tradeoff report {journal.RunId} --store {kept}");
        }

        services.Error.MarkupLine($"[dim]run {Markup.Escape(journal.RunId ?? "-")} kept in {Markup.Escape(kept)}[/]");
        if (outcome.Interrupted)
        {
            services.Error.MarkupLine($"[yellow]interrupted[/]: what was measured is kept; continue with: {Markup.Escape(ResumeCommand.For(settings))}");
            return TradeoffApp.Interrupted;
        }

        return TradeoffApp.Ok;
    }

    /// <summary>Refuses, before anything is measured, outputs that would replace an input or cannot be written.</summary>
    private static void CheckOutputs(RunSettings settings, Core.Studies.Study study, string storePath)
    {
        if (settings.Json is null && settings.Report is null)
        {
            return;
        }

        var targets = new OutputTargets().Input(study.File, "the study").Store(storePath);
        var data = Core.Data.Loading.DataLoader.IsFashionMnist(study.Data.Train)
            ? Core.Data.Loading.DataLoader.FashionMnistFiles().Values
            : new[] { study.Data.Train, study.Data.Test }.OfType<string>().Select(study.ResolvePath);
        foreach (var file in data)
        {
            targets.Input(file, "the data");
        }

        if (settings.Json is not null)
        {
            targets.File("--json", settings.Json);
        }

        if (settings.Report is not null)
        {
            targets.Folder("--report", settings.Report, ReportFormats.All.Select(f => f.FileName));
        }
    }
}
