using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.IO;
using Tradeoff.Core.Techniques;
using Tradeoff.Export;
using Tradeoff.Export.Exporters;
using Tradeoff.Reporting.Console;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff export RUN|STUDY TECHNIQUE --out FILE</c>: the model a run kept (<c>--keep-models</c>), or the study's
/// final model fitted again as <c>explain STUDY TECHNIQUE</c> fits it, written as ONNX (featurization included, raw
/// columns in) or as Tradeoff's own model file.
/// </summary>
internal sealed class ExportCommand(CliServices services) : Command<ExportCommand.Settings>
{
    /// <summary>Options of <c>tradeoff export</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<run-or-study>")]
        [Description("A run of the store whose models were kept (run --keep-models), or a study file (the final model is fitted as the run's final fit).")]
        public string Source { get; init; } = string.Empty;

        [CommandArgument(1, "<technique>")]
        [Description("The technique's name in the study or run (or its technique id when unique).")]
        public string Technique { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("The model file to write.")]
        public string? Out { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("onnx (default: ONNX with the featurization, for ONNX Runtime) or native (Tradeoff's own model file, for tradeoff predict).")]
        public string Format { get; init; } = "onnx";

        public override ValidationResult Validate() =>
            string.IsNullOrEmpty(Out) ? ValidationResult.Error("--out FILE is required: the model file to write")
            : Format is not ("onnx" or "native") ? ValidationResult.Error($"--format {Format}: use onnx or native")
            : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var isStudy = settings.Source.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || settings.Source.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        var targets = new OutputTargets().Input(isStudy ? settings.Source : null, "the study");
        if (!isStudy)
        {
            targets.Store(settings.Choose(services).Location);
        }

        var (model, schema, parameters) = isStudy ? FitStudy(settings, targets, cancellationToken) : Kept(settings, targets);
        using (model)
        {
            if (settings.Format == "onnx")
            {
                var bytes = OnnxExport.Write(model, schema);
                AtomicFile.Write(settings.Out!, s => s.Write(bytes));
            }
            else
            {
                AtomicFile.Write(settings.Out!, s => NativeModelFile.Write(s, model, schema, parameters));
            }
        }

        services.Error.MarkupLine($"written: [bold]{Markup.Escape(settings.Out!)}[/] ({Markup.Escape(schema.Technique)} as {settings.Format}; {schema.Steps.Count} input columns)");
        return TradeoffApp.Ok;
    }

    private (FeaturizedModel, ExportSchema, IReadOnlyDictionary<string, string>) FitStudy(Settings settings, OutputTargets targets, CancellationToken cancellationToken)
    {
        var study = StudyFiles.Read(settings.Source, services.Catalog);
        targets.Input(study.ResolvePath(study.Data.Train), "the training data");
        if (study.Data.Test is { } test)
        {
            targets.Input(study.ResolvePath(test), "the test data");
        }

        targets.File("--out", settings.Out!);
        var spec = study.Techniques.FirstOrDefault(s => s.Name == settings.Technique);
        RefuseEarly(spec?.Id ?? settings.Technique, settings);
        var (chosen, model) = StudyModels.FitFinal(study, settings.Technique, services.Catalog, cancellationToken);
        var train = StudyData.Load(study).Train;
        var featurized = (FeaturizedModel)model;
        return (featurized, new ExportSchema(chosen.Name, chosen.Id, train.Task, train.Target.Name, train.ClassCount > 0 ? train.Target.Levels : [], featurized.Featurizer), chosen.Settings);
    }

    private (FeaturizedModel, ExportSchema, IReadOnlyDictionary<string, string>) Kept(Settings settings, OutputTargets targets)
    {
        targets.File("--out", settings.Out!);
        var document = ResultsSource.Load(settings.Source, settings, services);
        var result = ExplainView.Find(document, settings.Technique);
        RefuseEarly(result.TechniqueId, settings);
        using var runs = settings.Open(services);
        var id = runs.ResolveRunId(settings.Source);
        var bytes = runs.LoadModel(id, result.Name)
            ?? throw new InputException($"run {id} kept no model of {result.Name}: run the study with --keep-models to keep them, or export STUDY {result.Name} to fit it again.");
        var technique = FeaturizedTechnique.Wrap(services.Catalog.Get(result.TechniqueId).CreateChecked(new TechniqueSettings(result.Name, result.Settings)));
        var model = (FeaturizedModel)technique.Load(new MemoryStream(bytes, writable: false));
        var task = Enum.GetValues<TaskKind>().First(t => t.ToId() == document.Study.Task);
        return (model, new ExportSchema(result.Name, result.TechniqueId, task, document.Study.Target, document.Study.Classes, model.Featurizer), result.Settings);
    }

    // A technique known not to export is refused before its model is fitted or read.
    private static void RefuseEarly(string techniqueId, Settings settings)
    {
        if (settings.Format == "onnx" && OnnxExporters.NotExportable.TryGetValue(techniqueId, out var why))
        {
            throw new InputException($"{settings.Technique} ({techniqueId}) cannot be exported to ONNX: {why}; --format native keeps it as Tradeoff's own model file.");
        }
    }
}
