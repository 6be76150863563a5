using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// A program a study brings (<c>{ id: my-sklearn, command: "python3 train.py" }</c>) that trains and predicts through the
/// command protocol (docs/BRING-YOUR-OWN.md): a fit writes the rows it is given as TRAIN.csv (the features by name, the
/// target last) in a work folder of its own and runs <c>COMMAND fit TRAIN.csv MODEL_DIR</c> in the study's folder;
/// the model is that folder, and predicts through <c>COMMAND predict MODEL_DIR</c>. It is cross-validated like any
/// technique: each fold is a fit of its own.
/// </summary>
internal sealed class CommandTechnique(TechniqueDescriptor descriptor, BroughtSpec brought, string name) : TechniqueBase(descriptor)
{
    public override IModel Load(Stream stream) => CommandModel.Load(stream, brought, name);

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var work = Directory.CreateTempSubdirectory("tradeoff-command-").FullName;
        try
        {
            var model = Path.Combine(work, "model");
            Directory.CreateDirectory(model);
            var train = Path.Combine(work, "train.csv");
            WriteTraining(training, train);
            var watch = new FolderWatch([brought.Folder, work], model);
            var limits = CommandLimits.Of(brought);
            using (var process = new CommandProcess(brought.Source, brought.Folder, limits, Environment(training, context), $"'{name}' fit", "fit", train, model))
            {
                process.Input.Close();
                process.WaitForExit(limits.Time, context.CancellationToken);
            }

            var written = watch.Written();
            if (written.Count > 0)
            {
                throw new InvalidOperationException($"'{name}' fit wrote outside its model folder: {string.Join(", ", written)}");
            }

            return new CommandModel(work, DataSchema.Of(training), brought, name);
        }
        catch
        {
            Directory.Delete(work, recursive: true);
            throw;
        }
    }

    private static Dictionary<string, string> Environment(Dataset training, FitContext context) => new(StringComparer.Ordinal)
    {
        ["TRADEOFF_TARGET"] = training.Target.Name,
        ["TRADEOFF_TASK"] = training.Task.ToId(),
        ["TRADEOFF_SEED"] = context.Seed.ToString(CultureInfo.InvariantCulture),
        ["TRADEOFF_THREADS"] = context.Threads.ToString(CultureInfo.InvariantCulture),
    };

    private static void WriteTraining(Dataset data, string path)
    {
        var schema = DataSchema.Of(data);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.WriteLine(CsvText.Line(data.Features.Select(f => f.Name).Append(data.Target.Name)));
        var fields = new string[data.FeatureCount + 1];
        for (var r = 0; r < data.RowCount; r++)
        {
            for (var c = 0; c < data.FeatureCount; c++)
            {
                fields[c] = schema.Text(c, data.Features[c].Values[r]);
            }

            fields[^1] = data.Target.Format(r);
            writer.WriteLine(CsvText.Line(fields));
        }
    }
}
