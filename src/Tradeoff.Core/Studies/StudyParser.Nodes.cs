using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradeoff.Core.Studies;

/// <summary>Reading single values, lists and maps from the YAML tree, reporting what does not fit.</summary>
internal sealed partial class StudyParser
{
    private void Report(YamlNode node, string problem) => Report(node.Start, problem);

    private void Report(Mark mark, string problem) =>
        _problems.Add(mark.Line > 0
            ? new FileFormatException(_file, checked((int)mark.Line), checked((int)mark.Column), problem)
            : new FileFormatException(_file, null, null, problem));

    /// <summary>The values of a map by key; unknown or non-text keys are reported with a "did you mean".</summary>
    private Dictionary<string, YamlNode> Fields(YamlMappingNode map, string where, string[] known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (Key(keyNode, where) is not { } key)
            {
                continue;
            }

            if (known.Contains(key, StringComparer.Ordinal))
            {
                fields[key] = value;
            }
            else
            {
                var hint = Suggestions.DidYouMean(key, known);
                Report(keyNode, $"unknown key '{key}' in {where}{(hint.Length > 0 ? hint : "; expected one of: " + string.Join(", ", known))}");
            }
        }

        return fields;
    }

    private string? Key(YamlNode keyNode, string where)
    {
        if (keyNode is YamlScalarNode { Value: { Length: > 0 } key })
        {
            return key;
        }

        Report(keyNode, $"a key in {where} must be plain text");
        return null;
    }

    /// <summary>A required single value; absent, empty or not a single value is reported.</summary>
    private string? RequiredText(Dictionary<string, YamlNode> fields, YamlNode parent, string key, string? where = null)
    {
        var what = where is null ? key : where + "." + key;
        if (!fields.TryGetValue(key, out var node))
        {
            Report(parent, $"missing '{what}'");
            return null;
        }

        return NonEmptyText(node, what);
    }

    /// <summary>A single value, or null for YAML's null (<c>~</c>, <c>null</c>, nothing).</summary>
    private string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Report(node, $"'{what}' must be a single value, not a {Shape(node)}");
        return null;
    }

    /// <summary>A single value that must be there: YAML's null is reported as empty.</summary>
    private string? NonEmptyText(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is null && node is YamlScalarNode)
        {
            Report(node, $"'{what}' is empty");
        }

        return text;
    }

    private int? Integer(YamlNode node, string what, int min)
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return value;
        }

        // An integer too large for 32 bits is too large, not too small: say which bound it breaks.
        var tooLarge = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wide) ? wide > int.MaxValue
            : System.Numerics.BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var huge) && huge > int.MaxValue;
        Report(node, tooLarge
            ? $"'{what}' must be an integer of at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)}; found '{text}'"
            : $"'{what}' must be an integer of at least {min.ToString(CultureInfo.InvariantCulture)}; found '{text}'");
        return null;
    }

    /// <summary>A number, reading YAML's <c>.nan</c> and <c>.inf</c> spellings too so that they are caught as not finite.</summary>
    private double? Number(YamlNode node, string what)
    {
        if (NonEmptyText(node, what) is not { } text)
        {
            return null;
        }

        var value = text.ToUpperInvariant() switch
        {
            ".NAN" => double.NaN,
            ".INF" or "+.INF" => double.PositiveInfinity,
            "-.INF" => double.NegativeInfinity,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null,
        };
        if (value is null)
        {
            Report(node, $"'{what}' must be a number; found '{text}'");
        }

        return value;
    }

    /// <summary>The items of a list of single values, each with its node; anything else is reported.</summary>
    private List<(string Text, YamlNode Node)> TextList(YamlNode node, string what, string example)
    {
        var items = new List<(string, YamlNode)>();
        if (node is not YamlSequenceNode sequence)
        {
            if (node is not YamlScalarNode scalar || !IsNull(scalar))
            {
                Report(node, $"'{what}' must be a list such as {example}");
            }

            return items;
        }

        foreach (var item in sequence.Children)
        {
            if (Text(item, what + " item") is { } text)
            {
                items.Add((text, item));
            }
            else if (item is YamlScalarNode)
            {
                Report(item, $"'{what}' has an empty item");
            }
        }

        return items;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "map",
        _ => "value",
    };
}
