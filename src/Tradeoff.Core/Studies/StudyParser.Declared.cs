using System.Text.RegularExpressions;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>
/// The <c>declared</c> section, qualities a study states rather than measures
/// (<c>engineering-effort: { scale: [low, medium, high], better: lower, description: ... }</c>), and each technique's
/// values (<c>{ id: neural-network, declared: { engineering-effort: high } }</c>).
/// </summary>
internal sealed partial class StudyParser
{
    private const string DeclaredKey = "declared";
    private const string DeclaredExample = "{ engineering-effort: { scale: [low, medium, high], better: lower, description: person-weeks to build and keep } }";
    private static readonly string[] DeclaredQualityKeys = ["scale", "unit", "better", "description"];

    private readonly List<DeclaredQuality> _declared = [];

    // Where each technique instance is written, to point a missing declared value at its entry.
    private readonly Dictionary<string, YamlNode> _entries = new(StringComparer.Ordinal);

    // Where constraints, objectives, weights and priorities name a declared quality: every technique needs its value.
    private readonly List<(string Quality, string Where, YamlDotNet.Core.Mark At)> _declaredUses = [];

    private DeclaredQuality? Declared(string id) => _declared.Find(d => d.Id == id);

    private void ReadDeclared(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, $"'declared' must be a map from quality id to its definition such as {DeclaredExample}");
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, "declared") is not { } id)
            {
                continue;
            }

            if (!KebabId().IsMatch(id))
            {
                Report(keyNode, $"declared quality '{id}' must be a kebab-case id such as engineering-effort");
            }
            else if (QualityCatalog.Find(id) is not null)
            {
                Report(keyNode, $"declared quality '{id}' clashes with the measured quality of that id; give it another id");
            }
            else if (TechniqueCapabilities.KnownIds.Contains(id, StringComparer.Ordinal))
            {
                Report(keyNode, $"declared quality '{id}' clashes with the capability of that id; give it another id");
            }
            else if (value is not YamlMappingNode definition)
            {
                Report(value, $"declared quality '{id}' must be a map such as {{ scale: [low, medium, high], better: lower, description: ... }} or {{ unit: USD, better: lower, description: ... }}");
            }
            else if (ReadDefinition(id, definition) is { } quality)
            {
                _declared.Add(quality);
            }
        }
    }

    private DeclaredQuality? ReadDefinition(string id, YamlMappingNode map)
    {
        var what = "declared." + id;
        var fields = Fields(map, $"declared quality '{id}'", DeclaredQualityKeys);
        var description = RequiredText(fields, map, "description", what);
        var better = RequiredText(fields, map, "better", what);
        var direction = better switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            _ => (Direction?)null,
        };
        if (better is not null && direction is null)
        {
            Report(fields["better"], $"'{what}.better' is '{better}'; expected higher or lower");
        }

        var hasScale = fields.TryGetValue("scale", out var scaleNode);
        var hasUnit = fields.TryGetValue("unit", out var unitNode);
        if (hasScale == hasUnit)
        {
            Report(map, $"declared quality '{id}' needs either 'scale: [LOW, ..., HIGH]' (an ordered scale) or 'unit: UNIT' (numbers), not {(hasScale ? "both" : "neither")}");
            return null;
        }

        IReadOnlyList<string> levels = [];
        string unit;
        if (hasScale)
        {
            var items = TextList(scaleNode!, what + ".scale", "[low, medium, high]");
            levels = items.Select(i => i.Text.Trim()).ToList();
            if (levels.Count < 2 || levels.Distinct(StringComparer.Ordinal).Count() != levels.Count || levels.Any(l => l.Length == 0 || l.Contains('<', StringComparison.Ordinal)))
            {
                Report(scaleNode!, $"'{what}.scale' must list at least two different levels (words without '<'), lowest first, such as [low, medium, high]");
                return null;
            }

            unit = OrderedScale.Unit(levels);
        }
        else if (NonEmptyText(unitNode!, what + ".unit") is { } written)
        {
            unit = written.Trim();
        }
        else
        {
            return null;
        }

        return description is null || direction is null ? null : new DeclaredQuality(id, unit, direction.Value, description, levels);
    }

    /// <summary>A technique's <c>declared</c> map: each key a declared quality of the study, each value on its scale.</summary>
    private Dictionary<string, string> ReadDeclaredValues(YamlNode node, string label)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Report(node, $"technique '{label}': 'declared' must be a map from declared quality to value such as {{ engineering-effort: high }}");
            return values;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, $"technique '{label}' declared") is not { } id)
            {
                continue;
            }

            if (Declared(id) is not { } quality)
            {
                var known = _declared.Select(d => d.Id).ToList();
                var hint = Suggestions.DidYouMean(id, known);
                var list = known.Count == 0 ? "; the study's 'declared' section defines none" : hint.Length > 0 ? hint : "; declared: " + string.Join(", ", known);
                Report(keyNode, $"technique '{label}': unknown declared quality '{id}'{list}");
            }
            else if (NonEmptyText(value, $"{label}.declared.{id}") is { } text)
            {
                if (quality.Read(text) is null)
                {
                    Report(value, $"technique '{label}': declared quality '{id}' is '{text}'; expected {quality.Expected}");
                }
                else
                {
                    values[id] = text.Trim();
                }
            }
        }

        return values;
    }

    /// <summary>Remembers that <paramref name="where"/> names declared quality <paramref name="id"/> (a no-op for a measured one).</summary>
    private void UseDeclared(string id, string where, YamlDotNet.Core.Mark at)
    {
        if (Declared(id) is not null)
        {
            _declaredUses.Add((id, where, at));
        }
    }

    private void UseDeclaredInConstraints(IEnumerable<ConstraintSpec> constraints)
    {
        foreach (var constraint in constraints)
        {
            if (ConstraintQuality().Match(constraint.Text) is { Success: true } match)
            {
                UseDeclared(match.Groups["quality"].Value, $"the constraint on line {constraint.Line}", new YamlDotNet.Core.Mark(0, constraint.Line, constraint.Column));
            }
        }
    }

    /// <summary>
    /// Every technique must state each declared quality that a constraint, objective, weight or priority uses: without
    /// its value it could be neither compared nor ranked. With <c>techniques: all</c> no entry can state one.
    /// </summary>
    private void CheckDeclaredCoverage(IReadOnlyList<TechniqueSpec> techniques)
    {
        foreach (var (quality, where, at) in _declaredUses.DistinctBy(u => u.Quality))
        {
            if (techniques.Count == 0)
            {
                Report(at, $"declared quality '{quality}' is used by {where}, but 'techniques: all' states no values; list the techniques, each with declared: {{ {quality}: ... }}");
                continue;
            }

            foreach (var technique in techniques.Where(t => !t.Declared.ContainsKey(quality)))
            {
                var place = _entries.TryGetValue(technique.Name, out var node) ? node.Start : at;
                Report(place, $"technique '{technique.Name}' has no value for declared quality '{quality}', which {where} uses; add declared: {{ {quality}: ... }} to its entry");
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabId();

    // The quality a comparison constraint names: its first word (a constraint's full grammar is the selection library's).
    [GeneratedRegex(@"^\s*(?<quality>[A-Za-z0-9_.\-]+)\s*(<|>|=)", RegexOptions.CultureInvariant)]
    private static partial Regex ConstraintQuality();
}
