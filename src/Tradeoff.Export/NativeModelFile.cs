using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Export;

/// <summary>
/// Tradeoff's own model file (<c>--format native</c>): a header naming the technique, its settings, the task, the
/// target and its classes, then the model as the store keeps it (featurization first). The raw features' names,
/// kinds and levels are the featurization's.
/// </summary>
internal static class NativeModelFile
{
    private const string Kind = "tradeoff-export";
    private const int FormatVersion = 1;

    /// <summary>True when <paramref name="path"/> starts as Tradeoff's model files do (else it may be ONNX).</summary>
    public static bool IsNative(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        return stream.Length >= 4 && reader.ReadInt32() == 0x46445254;
    }

    public static void Write(Stream stream, FeaturizedModel model, ExportSchema schema, IReadOnlyDictionary<string, string> settings)
    {
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModelHeader.Write(writer, Kind, FormatVersion);
            writer.Write(schema.TechniqueId);
            writer.Write(schema.Technique);
            writer.Write((int)schema.Task);
            writer.Write(schema.Target);
            writer.WriteStrings(schema.Classes);
            writer.WriteStrings(settings.Keys.ToList());
            writer.WriteStrings(settings.Values.ToList());
        }

        model.Save(stream);
    }

    /// <summary>Reads a file <see cref="Write"/> wrote; <paramref name="technique"/> creates the technique (id, name, settings) that loads the model.</summary>
    /// <exception cref="InvalidDataException">Not such a file.</exception>
    public static (FeaturizedModel Model, ExportSchema Schema) Read(Stream stream, Func<string, string, IReadOnlyDictionary<string, string>, ITechnique> technique)
    {
        ArgumentNullException.ThrowIfNull(technique);
        string id, name, target;
        TaskKind task;
        string[] classes;
        Dictionary<string, string> settings;
        using (var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ModelHeader.Read(reader, Kind, FormatVersion);
            id = reader.ReadString();
            name = reader.ReadString();
            task = (TaskKind)reader.ReadInt32();
            target = reader.ReadString();
            classes = reader.ReadStrings();
            var keys = reader.ReadStrings();
            var values = reader.ReadStrings();
            settings = keys.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }

        var model = (FeaturizedModel)FeaturizedTechnique.Wrap(technique(id, name, settings)).Load(stream);
        return (model, new ExportSchema(name, id, task, target, classes, model.Featurizer));
    }
}
