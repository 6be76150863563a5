using System.Globalization;

namespace Tradeoff.Export.Prediction;

/// <summary>
/// Predictions as CSV: <c>class</c> then <c>p(CLASS)</c> per class (classification; the class is the first most
/// probable, as Tradeoff picks it), or <c>value</c> (regression); numbers round-trip in invariant culture.
/// </summary>
internal static class PredictionCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<string> classes, float[] values, int rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteLine(classes.Count == 0 ? "value" : "class," + string.Join(",", classes.Select(c => Quote("p(" + c + ")"))));
        var width = Math.Max(1, classes.Count);
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * width, width);
            var numbers = string.Join(",", row.ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            writer.WriteLine(classes.Count == 0 ? numbers : Quote(classes[ArgMax(row)]) + "," + numbers);
        }
    }

    /// <summary>The first most probable class, as Tradeoff picks it and ONNX's ArgMax does.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++)
        {
            if (values[c] > values[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
