using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Reporting.Console;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff explain RUN TECHNIQUE</c>: the trained model itself (rules, coefficients, per-class statistics, layers)
/// when given a study file, refitted exactly as the run's final fit; what a finished run holds for the technique when
/// given a results document.
/// </summary>
internal sealed class ExplainCommand(CliServices services) : Command<ExplainCommand.Settings>
{
    /// <summary>Options of <c>tradeoff explain</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<study-or-results>")]
        [Description("A study file (the model is fitted as the run's final fit and printed), a results document (results.json), or a run of the store.")]
        public string Results { get; init; } = string.Empty;

        [CommandArgument(1, "<technique>")]
        [Description("The technique's name in the study or run (or its technique id when unique).")]
        public string Technique { get; init; } = string.Empty;

    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Results.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || settings.Results.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return ExplainModel(settings, cancellationToken);
        }

        var document = ResultsSource.Load(settings.Results, settings, services);
        if (ResultsSource.IsFile(settings.Results))
        {
            ExplainView.Render(services.Out, document, settings.Technique);
            return TradeoffApp.Ok;
        }

        var result = ExplainView.Find(document, settings.Technique);
        using var model = KeptModel(settings, result, out var note);
        var explainable = (model is FeaturizedModel featurized ? featurized.Inner : model) as IExplainableModel;
        ExplainView.Render(services.Out, document, result.Name, explainable, note);
        return TradeoffApp.Ok;
    }

    // A run kept with --keep-models has its final models in the store: the very model it measured, not a refit.
    // Null when the run kept none; note then says why the model is not shown (and when it is not readable).
    private IModel? KeptModel(Settings settings, Core.Results.TechniqueResult result, out string? note)
    {
        using var runs = settings.Open(services);
        var id = runs.ResolveRunId(settings.Results);
        if (runs.LoadModel(id, result.Name) is not { } bytes)
        {
            note = $"run {id} kept no model of {result.Name}: run the study with --keep-models to keep them, or explain STUDY {result.Name} to fit it again.";
            return null;
        }

        var technique = FeaturizedTechnique.Wrap(services.Catalog.Get(result.TechniqueId).CreateChecked(new TechniqueSettings(result.Name, result.Settings)));
        var model = technique.Load(new MemoryStream(bytes, writable: false));
        services.Out.MarkupLine($"[bold]{Markup.Escape(result.Name)}[/] ({Markup.Escape(result.TechniqueId)}) as run {Markup.Escape(id)} kept it: {bytes.Length} bytes, {model.ParameterCount} learned parameters.");
        note = $"run {id} kept this model, but it has no readable form (it is not interpretable); its permutation importances are above.";
        return model;
    }

    private int ExplainModel(Settings settings, CancellationToken cancellationToken)
    {
        var study = StudyFiles.Read(settings.Results, services.Catalog);
        var (spec, model) = StudyModels.FitFinal(study, settings.Technique, services.Catalog, cancellationToken);
        using (model)
        {
            services.Out.MarkupLine($"[bold]{Markup.Escape(spec.Name)}[/] ({Markup.Escape(spec.Id)}) fitted on all training data of [bold]{Markup.Escape(study.Name)}[/], as the run's final fit; {model.ParameterCount} learned parameters.");
            if (study.Protocol.Tuning is not null && spec.Settings.Count > 0)
            {
                services.Out.MarkupLine($"settings (as tuning chose them): {Markup.Escape(string.Join(", ", spec.Settings.Select(p => p.Key + "=" + p.Value)))}");
                if (study.Protocol.Tuning.Budget is not null)
                {
                    // Explain runs every trial; a run whose budget stopped its search early may have chosen otherwise.
                    services.Out.MarkupLine("[dim]the study's tuning has a budget: a run it cut short may have chosen other settings; explain RUN TECHNIQUE on a run kept with --keep-models shows the very model.[/]");
                }
            }
            PrintModel(model, spec.Name);
        }

        return TradeoffApp.Ok;
    }

    private void PrintModel(IModel model, string name)
    {
        if ((model is FeaturizedModel featurized ? featurized.Inner : model) is IExplainableModel explainable)
        {
            services.Out.WriteLine();
            services.Out.WriteLine(explainable.Explain());
        }
        else
        {
            services.Out.MarkupLine("[dim]This model has no readable form (it is not interpretable); its permutation importances are in the run's results: tradeoff explain RESULTS.json " + Markup.Escape(name) + "[/]");
        }
    }
}
