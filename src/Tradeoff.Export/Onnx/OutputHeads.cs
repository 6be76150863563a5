namespace Tradeoff.Export.Onnx;

/// <summary>
/// The graph's outputs as ML.NET and skl2onnx name them: <c>label</c> (string [N], the most probable class, the
/// first on a tie as Tradeoff picks it) and <c>probabilities</c> (float [N, classes]) for classification;
/// <c>value</c> (float [N, 1]) for regression.
/// </summary>
internal static class OutputHeads
{
    public const string Label = "label";
    public const string Probabilities = "probabilities";
    public const string Value = "value";

    public static void Write(OnnxGraph graph, string scores, ExportSchema schema)
    {
        if (!schema.IsClassification)
        {
            graph.Node("Identity", [scores], Value);
            graph.Output(Value, OnnxGraph.FloatType, 1);
            return;
        }

        graph.Node("Identity", [scores], Probabilities);
        graph.Output(Probabilities, OnnxGraph.FloatType, schema.Classes.Count);
        var index = graph.Node("ArgMax", [Probabilities], null, "", OnnxGraph.Attribute("axis", 1L), OnnxGraph.Attribute("keepdims", 0L));
        graph.Node("LabelEncoder", [index], Label, OnnxGraph.MLDomain,
            OnnxGraph.Attribute("keys_int64s", Enumerable.Range(0, schema.Classes.Count).Select(i => (long)i)),
            OnnxGraph.Attribute("values_strings", schema.Classes),
            OnnxGraph.Attribute("default_string", string.Empty));
        graph.Output(Label, OnnxGraph.StringType, 0);
    }
}
