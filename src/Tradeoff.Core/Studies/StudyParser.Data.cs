using YamlDotNet.RepresentationModel;
using Tradeoff.Core.Data;

namespace Tradeoff.Core.Studies;

/// <summary>The <c>data</c> section: files, target, positive class, task and protected attributes.</summary>
internal sealed partial class StudyParser
{
    private static readonly string[] DataKeys = ["train", "test", "target", "positive", "task", "protected"];

    // "classification" leaves binary or multiclass to DatasetBuilder, which decides it from the class count
    // whichever classification kind it is given.
    private static readonly Dictionary<string, TaskKind> Tasks = new(StringComparer.Ordinal)
    {
        ["classification"] = TaskKind.MulticlassClassification,
        ["binary-classification"] = TaskKind.BinaryClassification,
        ["multiclass-classification"] = TaskKind.MulticlassClassification,
        ["regression"] = TaskKind.Regression,
    };

    private DataSpec? ReadData(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Report(node, "'data' must be a map such as { train: data/train.csv, target: label }");
            return null;
        }

        var fields = Fields(map, "data", DataKeys);
        var train = RequiredText(fields, map, "train", "data");
        var task = fields.TryGetValue("task", out var taskNode) ? ReadTask(taskNode) : null;
        var spec = new DataSpec
        {
            Train = train ?? string.Empty,
            Test = fields.TryGetValue("test", out var test) ? Text(test, "data.test") : null,
            Target = fields.TryGetValue("target", out var target) ? Text(target, "data.target") : null,
            Positive = fields.TryGetValue("positive", out var positive) ? Text(positive, "data.positive") : null,
            Task = task,
            Protected = fields.TryGetValue("protected", out var p) ? ReadProtected(p) : [],
        };
        return train is null ? null : spec;
    }

    private TaskKind? ReadTask(YamlNode node)
    {
        if (Text(node, "data.task") is not { } text)
        {
            return null;
        }

        if (Tasks.TryGetValue(text, out var task))
        {
            return task;
        }

        var hint = Suggestions.DidYouMean(text, Tasks.Keys);
        Report(node, $"unknown task '{text}'{(hint.Length > 0 ? hint : "; expected one of: " + string.Join(", ", Tasks.Keys))}");
        return null;
    }

    /// <summary>A list of names, or a map from name to the thresholds that cut a numeric attribute into groups.</summary>
    private List<ProtectedAttribute> ReadProtected(YamlNode node)
    {
        var attributes = new List<ProtectedAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, IReadOnlyList<double> thresholds, YamlNode at)
        {
            if (seen.Add(name))
            {
                attributes.Add(new ProtectedAttribute(name, thresholds));
            }
            else
            {
                Report(at, $"protected attribute '{name}' is listed twice");
            }
        }

        if (node is YamlMappingNode map)
        {
            foreach (var (keyNode, value) in map.Children)
            {
                if (Key(keyNode, "data.protected") is { } name)
                {
                    Add(name, ReadThresholds(value, name), keyNode);
                }
            }
        }
        else
        {
            foreach (var (name, item) in TextList(node, "data.protected", "[sex, age] or { sex: [], age: [25] }"))
            {
                Add(name, [], item);
            }
        }

        return attributes;
    }

    private List<double> ReadThresholds(YamlNode node, string name)
    {
        var what = "data.protected." + name;
        var items = node is YamlSequenceNode sequence ? [.. sequence.Children] : new List<YamlNode> { node };
        var thresholds = new List<double>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode scalar && IsNull(scalar) && items.Count == 1)
            {
                continue;
            }

            if (Number(item, what) is not { } value)
            {
                continue;
            }

            if (!double.IsFinite(value) || thresholds.Count > 0 && value <= thresholds[^1])
            {
                Report(item, $"'{what}': thresholds must be finite numbers in increasing order, such as [25, 60]");
                continue;
            }

            thresholds.Add(value);
        }

        return thresholds;
    }
}
