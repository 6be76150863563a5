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
        var run = new List<FeatureStep>();
        foreach (var step in steps)
        {
            if (!step.Nominal && !step.Indicator)
            {
                run.Add(step);
                continue;
            }

            parts.AddRange(NumericRun(graph, run));
            run.Clear();
            var raw = step.Nominal ? LevelIndex(graph, step) : graph.Input(step.Name, OnnxGraph.FloatType, 1);
            parts.AddRange(Transform(graph, step, raw));
        }

        parts.AddRange(NumericRun(graph, run));
        return parts.Count == 1 ? parts[0] : graph.Node("Concat", parts, null, "", OnnxGraph.Attribute("axis", 1L));
    }

    /// <summary>
    /// Consecutive numeric columns without a missing indicator, featurized as one [N, k] value: one IsNaN, Where, Sub
    /// and Div for all of them rather than four small operators per column, which on Fashion-MNIST's 784 pixels cost
    /// ONNX Runtime some 36 ms a row (docs/BENCHMARKS.md, onnx-latency). A column that is not imputed keeps NaN as its
    /// fill, and one not standardized subtracts 0 and divides by 1, both exact, so each value is what
    /// <see cref="Featurizer"/> writes.
    /// </summary>
    private static IEnumerable<string> NumericRun(OnnxGraph graph, List<FeatureStep> run)
    {
        if (run.Count < 2)
        {
            return run.Count == 0 ? [] : Transform(graph, run[0], graph.Input(run[0].Name, OnnxGraph.FloatType, 1)).ToList();
        }

        var inputs = run.Select(s => graph.Input(s.Name, OnnxGraph.FloatType, 1)).ToList();
        var value = graph.Node("Concat", inputs, null, "", OnnxGraph.Attribute("axis", 1L));
        if (run.Any(s => s.Impute))
        {
            var fill = graph.Floats([.. run.Select(s => s.Impute ? s.Fill : float.NaN)], 1, run.Count);
            value = graph.Node("Where", graph.Node("IsNaN", value), fill, value);
        }

        if (run.Any(s => s.Standardize))
        {
            var mean = graph.Floats([.. run.Select(s => s.Standardize ? s.Mean : 0f)], 1, run.Count);
            var scale = graph.Floats([.. run.Select(s => s.Standardize ? s.Scale : 1f)], 1, run.Count);
            value = graph.Node("Div", graph.Node("Sub", value, mean), scale);
        }

        return [value];
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
