using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>
/// A brought model in <c>techniques</c>: <c>{ id: my-net, onnx: models/net.onnx }</c> or
/// <c>{ id: my-sklearn, command: "python3 train.py", time-limit: 5m, memory-limit: 2GB }</c> (docs/BRING-YOUR-OWN.md).
/// </summary>
internal sealed partial class StudyParser
{
    private const string OnnxKey = "onnx";
    private const string CommandKey = "command";
    private static readonly string[] OnnxKeys = ["id", OnnxKey, DeclaredKey];
    private static readonly string[] CommandKeys = ["id", CommandKey, "time-limit", "memory-limit", DeclaredKey];

    private static bool IsBrought(YamlMappingNode map) =>
        map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value is OnnxKey or CommandKey);

    private (TechniqueSpec? Spec, YamlNode NameNode) ReadBrought(YamlMappingNode map)
    {
        var keys = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToList();
        if (keys.Contains(OnnxKey) && keys.Contains(CommandKey))
        {
            Report(map, "a brought model is either { id: ..., onnx: FILE } or { id: ..., command: \"PROGRAM\" }, not both");
            return (null, map);
        }

        var kind = keys.Contains(OnnxKey) ? BroughtKind.Onnx : BroughtKind.Command;
        var fields = Fields(map, kind == BroughtKind.Onnx ? "an ONNX model entry" : "a command entry", kind == BroughtKind.Onnx ? OnnxKeys : CommandKeys);
        var id = RequiredText(fields, map, "id", "technique");
        var nameNode = fields.GetValueOrDefault("id") ?? map;
        if (id is not null && _context.TechniqueIds.Contains(id, StringComparer.Ordinal))
        {
            Report(nameNode, $"'{id}' is a built-in technique; give the brought model an id of its own, such as my-{id}");
            id = null;
        }

        var key = kind == BroughtKind.Onnx ? OnnxKey : CommandKey;
        var written = NonEmptyText(fields[key], key);
        if (id is null || written is null)
        {
            return (null, nameNode);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(_file)) ?? Directory.GetCurrentDirectory();
        string source;
        var file = Path.GetFullPath(_file);
        try
        {
            // The study-folder rule of data paths holds for a model file too: inside the folder, links resolved.
            source = kind == BroughtKind.Onnx ? Study.ResolvePath(file, written) : written;
        }
        catch (InputException e)
        {
            var problem = e.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? e.Message[(file.Length + 2)..] : e.Message;
            Report(fields[key], $"technique '{id}': {problem}");
            return (null, nameNode);
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = written };
        var brought = new BroughtSpec(kind, source, folder);
        if (fields.TryGetValue("time-limit", out var time) && ReadDuration(time, $"{id}.time-limit") is { } limit)
        {
            brought = brought with { TimeLimit = limit };
            settings["time-limit"] = time.ToString();
        }

        if (fields.TryGetValue("memory-limit", out var memory) && ReadMemoryLimit(memory, $"{id}.memory-limit") is { } bytes)
        {
            brought = brought with { MemoryLimitBytes = bytes };
            settings["memory-limit"] = memory.ToString();
        }

        var declared = fields.TryGetValue(DeclaredKey, out var values) ? ReadDeclaredValues(values, id) : new Dictionary<string, string>(StringComparer.Ordinal);
        return (new TechniqueSpec(brought.TechniqueId, id, settings, (int)map.Start.Line) { Brought = brought, Declared = declared }, nameNode);
    }
}
