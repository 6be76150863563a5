using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>
/// The <c>techniques</c> section: <c>all</c>, a list of ids, or instances <c>{ id: ..., name: ..., setting: value }</c>,
/// or brought models <c>{ id: ..., onnx: FILE }</c>, <c>{ id: ..., command: "..." }</c> (StudyParser.Brought.cs).
/// </summary>
internal sealed partial class StudyParser
{
    private const string All = "all";

    private List<TechniqueSpec> ReadTechniques(YamlNode node)
    {
        if (node is YamlScalarNode scalar && scalar.Value == All)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Report(node, "'techniques' must be 'all' or a list of technique ids such as [baseline, decision-tree]");
            return [];
        }

        var techniques = new List<TechniqueSpec>();
        var lineOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            var (spec, nameNode) = item switch
            {
                YamlMappingNode map when IsBrought(map) => ReadBrought(map),
                YamlMappingNode map => ReadInstance(map),
                _ => (ReadId(item), item),
            };
            if (spec is null)
            {
                continue;
            }

            if (lineOfName.TryGetValue(spec.Name, out var line))
            {
                var advice = spec.Name == spec.Id ? $"; give each instance of '{spec.Id}' its own 'name'" : string.Empty;
                Report(nameNode, $"technique name '{spec.Name}' is already used on line {line.ToString(CultureInfo.InvariantCulture)}{advice}");
                continue;
            }

            lineOfName[spec.Name] = spec.Line;
            _entries[spec.Name] = item;
            techniques.Add(spec);
        }

        return techniques;
    }

    private TechniqueSpec? ReadId(YamlNode node)
    {
        var id = NonEmptyText(node, "techniques item");
        return id is not null && CheckTechnique(id, node)
            ? new TechniqueSpec(id, id, new Dictionary<string, string>(StringComparer.Ordinal), (int)node.Start.Line)
            : null;
    }

    private (TechniqueSpec? Spec, YamlNode NameNode) ReadInstance(YamlMappingNode map)
    {
        string? id = null;
        YamlNode? idNode = null;
        string? name = null;
        YamlNode nameNode = map;
        var settings = new List<(string Key, YamlNode KeyNode, YamlNode Value)>();
        YamlNode? declared = null;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Key(keyNode, "a technique"))
            {
                case DeclaredKey:
                    declared = value;
                    break;
                case "id":
                    id = NonEmptyText(value, "technique id");
                    idNode = value;
                    break;
                case "name":
                    name = NonEmptyText(value, "technique name");
                    nameNode = value;
                    break;
                case { } key:
                    settings.Add((key, keyNode, value));
                    break;
            }
        }

        if (idNode is null)
        {
            Report(map, "a technique instance needs an 'id', such as { id: decision-tree, name: tree-depth-5, max-depth: 5 }");
        }

        if (id is null || idNode is null || !CheckTechnique(id, idNode))
        {
            return (null, nameNode);
        }

        var known = _context.SettingsOf(id) ?? [];
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in settings)
        {
            var label = name ?? id;
            if (known.FirstOrDefault(h => h.Name == key) is not { } setting)
            {
                var names = known.Select(h => h.Name).ToList();
                var hint = Suggestions.DidYouMean(key, names);
                var list = names.Count == 0 ? "; it has no settings" : hint.Length > 0 ? hint : "; known: " + string.Join(", ", names);
                Report(keyNode, $"technique '{label}' ({id}): unknown setting '{key}'{list}");
            }
            else if (SettingValue(value, $"{label}.{key}") is { } text)
            {
                // The declaration's range, checked here so that a value out of it stops the study before any work, at its place.
                if (setting.Accepts(text))
                {
                    values[key] = text;
                }
                else
                {
                    var written = value is YamlSequenceNode ? "[" + text.Replace(",", ", ", StringComparison.Ordinal) + "]" : text;
                    Report(value, $"technique '{label}' ({id}): setting '{key}' is '{written}'; expected {setting.Expected}");
                }
            }
        }

        var declaredValues = declared is null ? new Dictionary<string, string>(StringComparer.Ordinal) : ReadDeclaredValues(declared, name ?? id);
        return (new TechniqueSpec(id, name ?? id, values, (int)map.Start.Line) { Declared = declaredValues }, nameNode);
    }

    /// <summary>A setting as text; a list of single values becomes <c>300,100</c>, as <c>TechniqueSettings</c> reads lists.</summary>
    private string? SettingValue(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return NonEmptyText(node, what);
        }

        var items = sequence.Children.Select(item => NonEmptyText(item, what + " item")).ToList();
        return items.Contains(null) ? null : string.Join(',', items);
    }

    private bool CheckTechnique(string id, YamlNode node)
    {
        if (_context.TechniqueIds.Contains(id, StringComparer.Ordinal))
        {
            return true;
        }

        var hint = Suggestions.DidYouMean(id, _context.TechniqueIds);
        Report(node, $"unknown technique '{id}'{(hint.Length > 0 ? hint : "; known: " + string.Join(", ", _context.TechniqueIds))}");
        return false;
    }
}
