using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>scale</c> section: the production volume the scale quality projects to.</summary>
internal sealed partial class StudyParser
{
    private static readonly string[] ScaleKeys = ["rows", "predictions-per-day"];

    private ScaleSpec? ReadScale(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, "'scale' must be a map such as { rows: 10000000, predictions-per-day: 50000000 }");
            return null;
        }

        var fields = Fields(map, "scale", ScaleKeys);
        long? rows = null;
        long? predictions = null;
        if (fields.TryGetValue("rows", out var rowsNode))
        {
            rows = Long(rowsNode, "scale.rows", 1);
        }
        else
        {
            Report(map, "missing 'scale.rows'");
        }

        if (fields.TryGetValue("predictions-per-day", out var predictionsNode))
        {
            predictions = Long(predictionsNode, "scale.predictions-per-day", 0);
        }
        else
        {
            Report(map, "missing 'scale.predictions-per-day'");
        }

        return rows is { } r && predictions is { } p ? new ScaleSpec(r, p) : null;
    }

    // Production volumes pass int.MaxValue easily (ten billion rows), so they are read as long; digit
    // separators (10_000_000) are accepted because YAML 1.1 allows them and volumes are hard to read without.
    private long? Long(YamlNode node, string what, long min)
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        Report(node, $"'{what}' must be a whole number of at least {min.ToString(CultureInfo.InvariantCulture)}; found '{text}'");
        return null;
    }
}
