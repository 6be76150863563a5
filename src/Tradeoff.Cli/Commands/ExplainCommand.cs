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

        [CommandOption("--verbose")]
        [Description("Show stack traces of errors.")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Results.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || settings.Results.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return ExplainModel(settings, cancellationToken);
        }

        var document = ResultsSource.Load(settings.Results, settings, services.Time);
        ExplainView.Render(services.Out, document, settings.Technique);
        return TradeoffApp.Ok;
    }

    private int ExplainModel(Settings settings, CancellationToken cancellationToken)
    {
        var study = StudyFiles.Read(settings.Results, services.Catalog);
        var (spec, model) = StudyModels.FitFinal(study, settings.Technique, services.Catalog, cancellationToken);
        using (model)
        {
            var inner = model is FeaturizedModel featurized ? featurized.Inner : model;
            services.Out.MarkupLine($"[bold]{Markup.Escape(spec.Name)}[/] ({Markup.Escape(spec.Id)}) fitted on all training data of [bold]{Markup.Escape(study.Name)}[/], as the run's final fit; {model.ParameterCount} learned parameters.");
            if (study.Protocol.Tuning is not null && spec.Settings.Count > 0)
            {
                services.Out.MarkupLine($"settings (as tuning chose them): {Markup.Escape(string.Join(", ", spec.Settings.Select(p => p.Key + "=" + p.Value)))}");
            }
            if (inner is IExplainableModel explainable)
            {
                services.Out.WriteLine();
                services.Out.WriteLine(explainable.Explain());
            }
            else
            {
                services.Out.MarkupLine("[dim]This model has no readable form (it is not interpretable); its permutation importances are in the run's results: tradeoff explain RESULTS.json " + Markup.Escape(spec.Name) + "[/]");
            }
        }

        return TradeoffApp.Ok;
    }
}
