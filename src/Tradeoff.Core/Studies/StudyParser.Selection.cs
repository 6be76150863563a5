using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>What selection reads: constraints (kept as written), objectives and weights (quality ids checked).</summary>
internal sealed partial class StudyParser
{
    /// <summary>
    /// The most constraints a study may state. Each is checked against every candidate and kept in the store; a study
    /// of millions took gigabytes and ended in a SQLite error, and no decision needs more than a few dozen.
    /// </summary>
    public const int MaxConstraints = 1000;

    private List<ConstraintSpec> ReadConstraints(YamlNode node)
    {
        var constraints = new List<ConstraintSpec>();
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, "'constraints' must be a list of lines such as '- accuracy >= 0.8'");
            return constraints;
        }

        if (sequence.Children.Count > MaxConstraints)
        {
            Report(node, $"'constraints' lists {sequence.Children.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} constraints; at most {MaxConstraints.ToString(System.Globalization.CultureInfo.InvariantCulture)} are allowed");
            return constraints;
        }

        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar)
            {
                // A constraint written `- latency.p99: 1ms` or with ': ' inside is read by YAML as a map.
                Report(item, "a constraint is one line of text such as 'latency.p99 <= 1ms'; quote it if it contains ': '");
            }
            else if (string.IsNullOrWhiteSpace(scalar.Value) || IsNull(scalar))
            {
                Report(item, "empty constraint");
            }
            else
            {
                // The column points at the text itself, past an opening quote, so the selection library can
                // point at the very character it cannot parse.
                var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
                constraints.Add(new ConstraintSpec(scalar.Value, (int)item.Start.Line, (int)item.Start.Column + quoted));
            }
        }

        return constraints;
    }

    private List<string> ReadQualityList(YamlNode node, string what, bool allowGroups)
    {
        var ids = new List<string>();
        foreach (var (id, item) in TextList(node, what, "[accuracy, latency.p99]"))
        {
            if (ids.Contains(id, StringComparer.Ordinal))
            {
                Report(item, $"'{what}' lists '{id}' twice");
            }
            else if (CheckQuality(id, item, what, allowGroups))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private Dictionary<string, double> ReadWeights(YamlNode node)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Report(node, "'weights' must be a map from quality to weight such as { accuracy: 0.7, latency.p99: 0.3 }");
            return weights;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, "weights") is not { } id || !CheckQuality(id, keyNode, "weights", allowGroups: false))
            {
                continue;
            }

            if (Number(value, "weights." + id) is not { } weight)
            {
                continue;
            }

            if (!double.IsFinite(weight) || weight < 0)
            {
                Report(value, $"weight of '{id}' must be a finite number of at least 0; found '{((YamlScalarNode)value).Value}'");
                continue;
            }

            weights[id] = weight;
        }

        // Found here, with its place, rather than by selection after every technique was measured.
        if (weights.Count > 0 && weights.Values.Sum() <= 0)
        {
            Report(node, $"the weights sum to 0; give at least one quality a positive weight (found {string.Join(", ", weights.Keys)} all 0)");
        }

        return weights;
    }

    /// <summary>
    /// Whether <paramref name="id"/> names a quality; where groups are allowed, a dotted prefix of catalog ids
    /// (<c>latency</c> for <c>latency.p50</c>, <c>latency.p99</c>...) names them all.
    /// </summary>
    private bool CheckQuality(string id, YamlNode node, string what, bool allowGroups)
    {
        if (Declared(id) is not null)
        {
            // A declared quality ranks and bounds like a measured one, but nothing measures or tunes on it.
            if (what is "protocol.qualities" || what.StartsWith(TuningWhere, StringComparison.Ordinal))
            {
                Report(node, $"'{id}' is a declared quality: the study states its values, so {what} cannot name it");
                return false;
            }

            if (what != "scales")
            {
                UseDeclared(id, $"'{what}'", node.Start);
            }

            return true;
        }

        if (_context.IsKnownQuality(id)
            || allowGroups && _context.QualityIds.Any(q => q.StartsWith(id + ".", StringComparison.Ordinal)))
        {
            return true;
        }

        Report(node, $"unknown quality '{id}' in {what}{Suggestions.DidYouMean(id, _context.QualityIds.Concat(_declared.Select(d => d.Id)))}");
        return false;
    }
}
