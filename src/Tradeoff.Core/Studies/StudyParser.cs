using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>
/// One pass over a study's YAML tree that builds the <see cref="Study"/> and collects every problem rather
/// than stopping at the first, so that a user fixes a file in one round.
/// </summary>
internal sealed partial class StudyParser
{
    private static readonly string[] TopKeys = ["name", "description", "data", "techniques", "protocol", "constraints", "objectives", "weights", "scale", "inconclusive", "priorities", "scales", DeclaredKey];

    private readonly string _file;
    private readonly StudyValidationContext _context;
    private readonly List<FileFormatException> _problems = [];

    public StudyParser(string file, StudyValidationContext context)
    {
        _file = file;
        _context = context;
    }

    public Study Parse(string text)
    {
        var root = Load(text);
        var study = root is null ? null : Build(root, text);
        if (_problems.Count > 0 || study is null)
        {
            throw new StudyException([.. _problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0)]);
        }

        return study;
    }

    private YamlNode? Load(string text)
    {
        var parser = new GuardedParser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            Report(e.Start, "invalid YAML: " + e.Message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails on some malformed input (an unclosed '[' before a key, an empty complex key)
            // with exceptions that carry no position; the last event read is the best place to point at.
            // The last event can be the end of the stream, a line past the text: point at the last line then.
            var lines = text.Count(c => c == '\n') + 1;
            var mark = parser.LastRead.Line <= lines ? parser.LastRead : new Mark(parser.LastRead.Index, lines, 1);
            Report(mark, "invalid YAML from here on; is a bracket, brace or quote left open?");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode scalar && IsNull(scalar))
        {
            Report(new Mark(0, 1, 1), "the study is empty; it needs at least 'name' and 'data: { train: FILE }'");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            Report(stream.Documents[1].RootNode, "a study file holds one YAML document; remove the second '---'");
        }

        return stream.Documents[0].RootNode;
    }

    private Study? Build(YamlNode root, string text)
    {
        if (root is not YamlMappingNode map)
        {
            Report(root, "a study is a map of keys such as 'name:' and 'data:'");
            return null;
        }

        var fields = Fields(map, "the study", TopKeys);
        // Declared qualities first: the techniques' values and every quality list may name them.
        if (fields.TryGetValue(DeclaredKey, out var declared))
        {
            ReadDeclared(declared);
        }

        var name = RequiredText(fields, map, "name");
        var description = fields.TryGetValue("description", out var d) ? Text(d, "description") : null;
        var data = fields.TryGetValue("data", out var dataNode) ? ReadData(dataNode) : Missing(map, "data: { train: FILE }");
        var techniques = fields.TryGetValue("techniques", out var t) ? ReadTechniques(t) : [];
        var protocol = fields.TryGetValue("protocol", out var p) ? ReadProtocol(p) : new ProtocolSpec();
        var constraints = fields.TryGetValue("constraints", out var c) ? ReadConstraints(c) : [];
        var objectives = fields.TryGetValue("objectives", out var o) ? ReadQualityList(o, "objectives", allowGroups: false) : [];
        var weights = fields.TryGetValue("weights", out var w) ? ReadWeights(w) : new Dictionary<string, double>();
        var priorities = fields.TryGetValue("priorities", out var pr) ? ReadPriorities(pr) : [];
        if (priorities.Count > 0 && weights.Count > 0)
        {
            // Two rankings cannot both decide; saying so beats silently ignoring one of them.
            Report(pr!, "a study ranks either by 'weights' (utility) or by 'priorities' (lexicographic), not both");
        }

        var scale = fields.TryGetValue("scale", out var sc) ? ReadScale(sc) : null;
        var scales = fields.TryGetValue("scales", out var qs) ? ReadQualityScales(qs) : new Dictionary<string, QualityScaleSpec>();
        var eliminateInconclusive = fields.TryGetValue("inconclusive", out var ic) && ReadInconclusive(ic);
        UseDeclaredInConstraints(constraints);
        CheckDeclaredCoverage(techniques);
        if (name is null || data is null)
        {
            return null;
        }

        return new Study
        {
            Name = name,
            Description = description,
            File = Path.GetFullPath(_file),
            Data = data,
            Techniques = techniques,
            Protocol = protocol,
            Constraints = constraints,
            Objectives = objectives,
            Weights = weights,
            Priorities = priorities,
            Scale = scale,
            QualityScales = scales,
            EliminateInconclusive = eliminateInconclusive,
            Declared = [.. _declared],
            Text = text,
        };
    }

    // "keep" (the default: a verdict whose interval straddles the limit keeps the candidate, flagged) or "eliminate".
    private bool ReadInconclusive(YamlNode node)
    {
        var text = Text(node, "inconclusive");
        if (text is "keep" or null)
        {
            return false;
        }

        if (text == "eliminate")
        {
            return true;
        }

        Report(node, $"inconclusive is '{text}'; expected keep or eliminate");
        return false;
    }

    private DataSpec? Missing(YamlNode parent, string what)
    {
        Report(parent, $"missing '{what}'");
        return null;
    }
}
