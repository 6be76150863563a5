using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// A model a command fitted: the folder it wrote, and, from the first prediction on, the program's
/// <c>COMMAND predict MODEL_DIR</c> process, kept running. Tradeoff writes the header line of the feature columns, then
/// each batch of rows followed by an empty line; the program answers one line per row (<see cref="PredictionLine"/>).
/// A single-row prediction is a batch of one, so its latency includes the round trip through the pipes.
/// </summary>
internal sealed class CommandModel : IBroughtModel
{
    // Bytes a batch may have to be written before its answers are read: well under a pipe's 64 KB buffer.
    private const int SmallBatch = 16 * 1024;
    private readonly string _work;
    private readonly DataSchema _schema;
    private readonly BroughtSpec _brought;
    private readonly string _name;
    private readonly string[] _fields;
    private CommandProcess? _process;
    private int _answered;

    public CommandModel(string work, DataSchema schema, BroughtSpec brought, string name)
    {
        _work = work;
        _schema = schema;
        _brought = brought;
        _name = name;
        _fields = new string[schema.Features.Count];
    }

    private string Folder => Path.Combine(_work, "model");

    public int OutputLength => _schema.OutputLength;

    /// <summary>Not read: the program's model is its own.</summary>
    public long ParameterCount => 0;

    public long StoredBytes => new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public string StoredWhat => $"bytes of the files '{_name}' wrote in its model folder";

    public string? PredictionPath =>
        "includes process communication: each row is written as a CSV line to the program's standard input and its answer read back from its standard output";

    public void Predict(ReadOnlySpan<float> features, Span<float> output) => PredictBatch(features, 1, output);

    public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        var process = _process ??= Start();
        var batch = Batch(rows, rowCount);
        // A program may answer each row as it reads it: a batch larger than a pipe's buffer is written while the
        // answers are read, or both sides would wait on each other. A small batch (a single row) is written at once.
        var writing = batch.Length <= SmallBatch ? null : Task.Run(() => Send(process, batch));
        if (writing is null)
        {
            Send(process, batch);
        }

        var length = OutputLength;
        var limit = CommandLimits.Of(_brought).Time;
        for (var r = 0; r < rowCount; r++)
        {
            var line = process.ReadLine(limit) ?? throw new InvalidOperationException(process.Failure());
            _answered++;
            if (!PredictionLine.TryRead(line, _schema, output.Slice(r * length, length)))
            {
                var expected = _schema.Task.IsClassification() ? "LABEL or LABEL,CLASS=P,... with a class of " + string.Join(", ", _schema.Classes) : "one number";
                throw new InvalidDataException($"'{_name}' predict: answer line {_answered} is malformed: '{Shorten(line)}'; expected {expected}");
            }
        }

        writing?.GetAwaiter().GetResult();
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        _schema.Write(writer);
        var files = new DirectoryInfo(Folder).GetFiles("*", SearchOption.AllDirectories);
        writer.Write(files.Length);
        foreach (var file in files.OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            writer.Write(Path.GetRelativePath(Folder, file.FullName));
            var bytes = File.ReadAllBytes(file.FullName);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    public static CommandModel Load(Stream stream, BroughtSpec brought, string name)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var schema = DataSchema.Read(reader);
        var work = Directory.CreateTempSubdirectory("tradeoff-command-").FullName;
        var folder = Path.Combine(work, "model");
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var path = Path.GetFullPath(Path.Combine(folder, reader.ReadString()));
            if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"a saved model of '{name}' names a file outside its folder: {path}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, reader.ReadBytes(reader.ReadInt32()));
        }

        Directory.CreateDirectory(folder);
        return new CommandModel(work, schema, brought, name);
    }

    public void Dispose()
    {
        _process?.Dispose();
        _process = null;
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private CommandProcess Start()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TRADEOFF_TARGET"] = _schema.Target,
            ["TRADEOFF_TASK"] = _schema.Task.ToId(),
        };
        var process = new CommandProcess(_brought.Source, _brought.Folder, CommandLimits.Of(_brought), environment, $"'{_name}' predict", "predict", Folder);
        process.Input.AutoFlush = false;
        process.Input.WriteLine(CsvText.Line(_schema.Features.Select(f => f.Name)));
        return process;
    }

    // The rows of a batch as CSV lines, then the empty line that ends it.
    private string Batch(ReadOnlySpan<float> rows, int rowCount)
    {
        var width = _schema.Features.Count;
        var text = new System.Text.StringBuilder();
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < width; c++)
            {
                _fields[c] = _schema.Text(c, rows[(r * width) + c]);
            }

            text.Append(CsvText.Line(_fields)).Append('\n');
        }

        return text.Append('\n').ToString();
    }

    private static void Send(CommandProcess process, string batch)
    {
        try
        {
            process.Input.Write(batch);
            process.Input.Flush();
        }
        catch (IOException)
        {
            throw new InvalidOperationException(process.Failure());
        }
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "...";
}
