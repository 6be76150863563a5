using Tradeoff.Core.Features;

namespace Tradeoff.Export.Onnx;

/// <summary>
/// The graph's first part: one input per raw column (numeric: float [N,1]; nominal: string [N,1], a text that is no
/// training level read as missing, as Tradeoff reads an unseen level), then the featurization exactly as
/// <see cref="Featurizer"/> computes it, concatenated into one float [N, W] value.
/// </summary>
internal static class FeaturizationGraph
{
    /// <summary>Writes the inputs and the featurization; returns the [N, W] features' name.</summary>
    public static string Write(OnnxGraph graph, IReadOnlyList<FeatureStep> steps)
    {
        var parts = new List<string>();
        foreach (var step in steps)
        {
            var raw = step.Nominal ? LevelIndex(graph, step) : graph.Input(step.Name, OnnxGraph.FloatType, 1);
            parts.AddRange(Transform(graph, step, raw));
        }

        return parts.Count == 1 ? parts[0] : graph.Node("Concat", parts, null, "", OnnxGraph.Attribute("axis", 1L));
    }

    /// <summary>The raw values as Tradeoff's rows hold them: numbers, level indices, NaN for missing.</summary>
    public static string RawRow(OnnxGraph graph, IReadOnlyList<FeatureStep> steps)
    {
        var parts = steps.Select(s => s.Nominal ? LevelIndex(graph, s) : graph.Input(s.Name, OnnxGraph.FloatType, 1)).ToList();
        return parts.Count == 1 ? parts[0] : graph.Node("Concat", parts, null, "", OnnxGraph.Attribute("axis", 1L));
    }

    private static string LevelIndex(OnnxGraph graph, FeatureStep step)
    {
        var input = graph.Input(step.Name, OnnxGraph.StringType, 1);
        return graph.Node("LabelEncoder", [input], null, OnnxGraph.MLDomain,
            OnnxGraph.Attribute("keys_strings", step.Levels),
            OnnxGraph.Attribute("values_floats", Enumerable.Range(0, step.Levels.Count).Select(i => (float)i)),
            OnnxGraph.Attribute("default_float", float.NaN));
    }

    private static IEnumerable<string> Transform(OnnxGraph graph, FeatureStep step, string raw)
    {
        var missing = step.Impute || step.Indicator ? graph.Node("IsNaN", raw) : null;
        if (step.Nominal && step.OneHot)
        {
            if (step.Levels.Count > 0)
            {
                // A missing level equals none of the indices: every slot 0, as Featurizer writes it.
                var levels = graph.Floats(Enumerable.Range(0, step.Levels.Count).Select(i => (float)i).ToArray(), 1, step.Levels.Count);
                yield return graph.Node("Cast", [graph.Node("Equal", raw, levels)], null, "", OnnxGraph.Attribute("to", (long)OnnxGraph.FloatType));
            }
        }
        else
        {
            var value = step.Impute ? graph.Node("Where", missing!, graph.Float(step.Fill), raw) : raw;
            if (!step.Nominal && step.Standardize)
            {
                value = graph.Node("Div", graph.Node("Sub", value, graph.Float(step.Mean)), graph.Float(step.Scale));
            }

            yield return value;
        }

        if (step.Indicator)
        {
            yield return graph.Node("Cast", [missing!], null, "", OnnxGraph.Attribute("to", (long)OnnxGraph.FloatType));
        }
    }
}
