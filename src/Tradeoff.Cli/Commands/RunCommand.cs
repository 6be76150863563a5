using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Distributed;
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

        if (settings.Distributed)
        {
            RefuseUnsent(study);
        }

        if (settings.Plan)
        {
            var plan = new StudyRunner(services.Catalog, services.Time, services.Environment).Plan(study, cancellationToken);
            PlanView.Render(services.Out, study.Name, plan);
            return TradeoffApp.Ok;
        }

        var storePath = settings.Store ?? RunStorePaths.Default(study.File);
        CheckOutputs(settings, study, storePath);
        var mode = settings.Resume ? StoreMode.Resume : settings.Fresh ? StoreMode.Fresh : StoreMode.Reuse;
        using var observer = new ConsoleRunObserver(services.Error, services.Time, settings.Quiet);
        using var journal = new RunJournal(() => RunStores.Open(storePath, services.Time), study, mode, observer, services.Time, settings.KeepModels);
        var runner = new StudyRunner(services.Catalog, services.Time, services.Environment) { Isolation = FitChildCommand.Isolation(), Deployment = Export.OnnxDeployment.Runtime, TimeBudget = settings.TimeBudgetSpan };
        Func<RunOutcome> measure = settings.Distributed
            ? () => Distributed(journal, runner, study, storePath, settings.KeepModels, cancellationToken)
            : () => journal.Run(runner, cancellationToken);
        var outcome = services.Interactive && !settings.Quiet
            ? LiveProgress.Run(services.Error, services.Time, observer, measure)
            : measure();
        var document = ResultsDocument.From(outcome);
        UserState.RememberStore(services.StateFolder, StoreLocator.Absolute(journal.Location ?? storePath));
        if (settings.Quiet)
        {
            if (outcome.Selection is { } selection)
            {
                DecisionSummary.Recommendation(services.Out, selection);
            }
        }
        else
        {
            OutcomeView.Render(services.Out, outcome, settings.Details);
        }

        if (journal.Reused > 0 && !settings.Quiet)
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
                Say($"results written to [bold]{Markup.Escape(settings.Json)}[/]", settings);
            }

            if (settings.Report is not null)
            {
                ReportWriter.WriteAll(document, settings.Report);
                Say($"reports written to [bold]{Markup.Escape(Path.Combine(settings.Report, ReportFormats.All[0].FileName))}[/] (and {string.Join(", ", ReportFormats.All.Skip(1).Select(f => f.FileName))})", settings);
            }
        }
        catch (IOException e)
        {
            // The measurements are safe in the store (finished above): say how to render them once the disk has room.
            throw new Core.InputException($"{e.Message}; the run is kept as {journal.RunId} in {kept}: tradeoff report {journal.RunId} --store {kept}");
        }

        Say($"[dim]run {Markup.Escape(journal.RunId ?? "-")} kept in {Markup.Escape(kept)}[/]", settings);
        if (outcome.Interrupted)
        {
            services.Error.MarkupLine($"[yellow]interrupted[/]: what was measured is kept; continue with: {Markup.Escape(ResumeCommand.For(settings))}");
            return TradeoffApp.Interrupted;
        }

        return TradeoffApp.Ok;
    }

    // The techniques measured by the team store's workers, the results assembled here as a resumed run assembles them.
    private static RunOutcome Distributed(RunJournal journal, StudyRunner runner, Core.Studies.Study study, string store, bool keepModels, CancellationToken cancellationToken)
    {
        var coordinator = new DistributedRun(journal, study, runner.InstanceNames(study), store, keepModels, cancellationToken);
        return journal.Run(runner, coordinator, coordinator, cancellationToken);
    }

    // A brought command's program, and whatever it reads, are not known to Tradeoff, so a distributed run's workers
    // cannot be sent them (docs/DISTRIBUTED.md): refused before anything is measured rather than failing on every worker.
    private static void RefuseUnsent(Core.Studies.Study study)
    {
        if (study.Techniques.FirstOrDefault(t => t.Brought is { Kind: Core.Studies.BroughtKind.Command }) is { } brought)
        {
            throw new Core.InputException($"{study.File}:{brought.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: --distributed cannot send a brought command's program and the files it reads to the workers ({brought.Name}): bring the model as an ONNX file, or run the study on one machine.");
        }
    }

    // What the run says beside its results; --quiet keeps only the decision and errors.
    private void Say(string markup, RunSettings settings)
    {
        if (!settings.Quiet)
        {
            services.Error.MarkupLine(markup);
        }
    }

    /// <summary>Refuses, before anything is measured, outputs that would replace an input or cannot be written.</summary>
    private static void CheckOutputs(RunSettings settings, Core.Studies.Study study, string storePath)
    {
        if (settings.Json is null && settings.Report is null)
        {
            return;
        }

        // Every file the run reads, as the run lists them for its data hashes and a distributed run's upload: an IDX
        // file's partner and fashion-mnist's four files among the data, and each brought ONNX model's file.
        var targets = new OutputTargets().Input(study.File, "the study").Store(storePath);
        foreach (var file in StudyData.FilesOf(study).Values)
        {
            targets.Input(file, "the data");
        }

        foreach (var model in RunFiles.Models(study).Values)
        {
            targets.Input(model, "a brought model");
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
