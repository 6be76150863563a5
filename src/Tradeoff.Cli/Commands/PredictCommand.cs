using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Core;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.IO;
using Tradeoff.Core.Techniques;
using Tradeoff.Export;
using Tradeoff.Export.Prediction;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff predict MODEL DATA</c>: the predictions of an exported model (ONNX, in ONNX Runtime, or Tradeoff's own
/// model file) for every row of a CSV or ARFF file with the training columns: the class and one probability column per
/// class, or the value. The CSV goes to <c>--out</c>, or to the console.
/// </summary>
internal sealed class PredictCommand(CliServices services) : Command<PredictCommand.Settings>
{
    /// <summary>Options of <c>tradeoff predict</c>.</summary>
    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<model>")]
        [Description("A model written by tradeoff export: ONNX (.onnx) or native.")]
        public string Model { get; init; } = string.Empty;

        [CommandArgument(1, "<data>")]
        [Description("A CSV or ARFF file with the columns the model was trained on (the target may be absent).")]
        public string Data { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("The predictions' CSV file (default: the console).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Model))
        {
            throw new InputException($"{settings.Model}: no such model file");
        }

        if (settings.Out is { } output)
        {
            new OutputTargets().Input(settings.Model, "the model").Input(settings.Data, "the data").File("--out", output);
        }

        using var predictor = Open(settings.Model);
        var table = DataLoader.Load(settings.Data);
        var values = predictor.Predict(table);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        PredictionCsv.Write(text, predictor.Classes, values, table.RowCount);
        if (settings.Out is null)
        {
            services.Out.Profile.Out.Writer.Write(text.ToString());
            return TradeoffApp.Ok;
        }

        AtomicFile.Write(settings.Out, s =>
        {
            using var writer = new StreamWriter(s, leaveOpen: true);
            writer.Write(text.ToString());
        });
        services.Error.MarkupLine($"written: [bold]{Markup.Escape(settings.Out)}[/] ({table.RowCount} predictions)");
        return TradeoffApp.Ok;
    }

    private IPredictor Open(string path)
    {
        try
        {
            if (NativeModelFile.IsNative(path))
            {
                using var stream = File.OpenRead(path);
                var (model, schema) = NativeModelFile.Read(stream, (id, name, parameters) => services.Catalog.Get(id).CreateChecked(new TechniqueSettings(name, parameters)));
                return new NativePredictor(model, schema);
            }

            return new OnnxPredictor(path);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            throw new InputException($"{path}: not a model tradeoff can read: {e.Message.Split('\n')[0]}");
        }
    }
}
