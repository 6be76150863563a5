using System.Globalization;
using Tradeoff.Core.Data;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// One answer line of the command protocol into a model's output: for classification <c>LABEL</c> (probability 1 to
/// that class) or <c>LABEL,CLASS=P,CLASS=P...</c> (the probabilities, by class name); for regression the value.
/// A line that does not read so gives false, which the model reports as malformed.
/// </summary>
internal static class PredictionLine
{
    public static bool TryRead(string line, DataSchema schema, Span<float> output)
    {
        var fields = line.Trim().Split(',');
        if (!schema.Task.IsClassification())
        {
            var value = float.NaN;
            var ok = fields.Length == 1 && float.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value);
            output[0] = value;
            return ok;
        }

        output.Clear();
        var classes = schema.Classes;
        var label = IndexOf(classes, fields[0]);
        if (label < 0)
        {
            return false;
        }

        if (fields.Length == 1)
        {
            output[label] = 1f;
            return true;
        }

        for (var i = 1; i < fields.Length; i++)
        {
            var pair = fields[i].Split('=');
            var index = pair.Length == 2 ? IndexOf(classes, pair[0]) : -1;
            if (index < 0 || !float.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var probability) || !(probability is >= 0f and <= 1f))
            {
                return false;
            }

            output[index] = probability;
        }

        return true;
    }

    private static int IndexOf(IReadOnlyList<string> classes, string name)
    {
        var trimmed = name.Trim().Trim('"');
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == trimmed)
            {
                return i;
            }
        }

        return -1;
    }
}
