using System.Globalization;
using System.Text.RegularExpressions;
using Tradeoff.Core.Qualities;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>scales</c> map: a study's own range for a quality's scale, each end with the units constraints accept.</summary>
internal sealed partial class StudyParser
{
    private const string ScalesExample = "{ latency.p99: [1us, 10ms], accuracy: [0.7, 0.95] }";

    private Dictionary<string, QualityScaleSpec> ReadQualityScales(YamlNode node)
    {
        var scales = new Dictionary<string, QualityScaleSpec>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Report(node, $"'scales' must be a map from quality to its range such as {ScalesExample}");
            return scales;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, "scales") is not { } id || !CheckQuality(id, keyNode, "scales", allowGroups: false))
            {
                continue;
            }

            if (Declared(id) is { } declared)
            {
                // A declared quality's scale is linear: its levels' places, or the study's own range of its numbers.
                if (declared.IsOrdered)
                {
                    Report(keyNode, $"declared quality '{id}' takes its scale from its levels ({string.Join(", ", declared.Levels)}); remove it from scales");
                }
                else if (ReadRange(value, declared.Descriptor, new ReferenceScale(ScaleKind.Linear, 0, 1)) is { } declaredRange)
                {
                    scales[id] = declaredRange;
                }

                continue;
            }

            if (QualityCatalog.Find(id) is not { } quality || ReferenceScales.Of(quality) is not { } reference)
            {
                Report(keyNode, $"quality '{id}' has no better direction, so it has no scale");
                continue;
            }

            if (ReadRange(value, quality, reference) is { } range)
            {
                scales[id] = range;
            }
        }

        return scales;
    }

    private QualityScaleSpec? ReadRange(YamlNode node, QualityDescriptor quality, ReferenceScale reference)
    {
        var what = "scales." + quality.Id;
        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            Report(node, $"'{what}' must be a list of the two ends of the range, lower first, such as {Example(quality)}");
            return null;
        }

        var ends = pair.Children.Select(end => Quantity(end, what, quality)).ToList();
        if (ends[0] is not { } low || ends[1] is not { } high)
        {
            return null;
        }

        if (!(low < high))
        {
            Report(node, $"'{what}' must go from the lower end to the higher, two different values; found [{Invariant(low)}, {Invariant(high)}] in {quality.Unit}");
            return null;
        }

        if (reference.Kind == ScaleKind.Logarithmic && low <= 0)
        {
            Report(pair.Children[0], $"'{what}' is a logarithmic scale, so its ends must be above 0; found {Invariant(low)}");
            return null;
        }

        return new QualityScaleSpec(low, high);
    }

    // A number with an optional unit, converted to the quality's catalog unit as a constraint's limit is.
    private double? Quantity(YamlNode node, string what, QualityDescriptor quality)
    {
        if (NonEmptyText(node, what + " end") is not { } text)
        {
            return null;
        }

        if (QuantityPattern().Match(text.Trim()) is not { Success: true } match
            || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            Report(node, $"'{what}' has '{text}', not a number with an optional unit such as 10ms or 0.7");
            return null;
        }

        var symbol = match.Groups["unit"].Value is { Length: > 0 } unit ? unit : null;
        var value = Units.ToCatalogUnit(number, symbol, quality, string.Empty, out var problem);
        if (value is null)
        {
            Report(node, $"'{what}': {problem}");
        }

        return value;
    }

    private static string Example(QualityDescriptor quality) => quality.Unit switch
    {
        "us" => "[1us, 10ms]",
        "B" => "[1KB, 100MB]",
        "s" => "[10ms, 600s]",
        "fraction" => "[0.7, 0.95]",
        _ => "[1, 1000]",
    };

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<number>[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?)\s*(?<unit>\S*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();
}
