namespace Tradeoff.Export.Onnx;

/// <summary>Graph pieces several exporters share.</summary>
internal static class GraphPieces
{
    /// <summary>A constant row [1, K] repeated for every row of <paramref name="features"/>: [N, K].</summary>
    public static string Repeat(OnnxGraph graph, string features, float[] row)
    {
        var rows = graph.Node("Shape", [features], null, "", OnnxGraph.Attribute("start", 0L), OnnxGraph.Attribute("end", 1L));
        var shape = graph.Node("Concat", [rows, graph.Int64s([row.Length], 1)], null, "", OnnxGraph.Attribute("axis", 0L));
        return graph.Node("Expand", graph.Floats(row, 1, row.Length), shape);
    }

    /// <summary>Rows of <paramref name="table"/> ([B, K]) picked by the int64 [N] <paramref name="index"/>: [N, K].</summary>
    public static string Lookup(OnnxGraph graph, float[] table, int width, string index) =>
        graph.Node("Gather", [graph.Floats(table, table.Length / width, width), index], null, "", OnnxGraph.Attribute("axis", 0L));

    /// <summary>[N, 1] float to int64 [N].</summary>
    public static string ToIndex(OnnxGraph graph, string column) =>
        graph.Node("Squeeze", graph.Node("Cast", [column], null, "", OnnxGraph.Attribute("to", (long)OnnxGraph.Int64Type)), graph.Int64s([1], 1));

    public static string CastFloat(OnnxGraph graph, string value) =>
        graph.Node("Cast", [value], null, "", OnnxGraph.Attribute("to", (long)OnnxGraph.FloatType));

    /// <summary>ML.NET's Platt calibrator on [N, 1] scores, P = 1 / (1 + exp(slope * score + offset)), as [1 - P, P].</summary>
    public static string Platt(OnnxGraph graph, string scores, double slope, double offset)
    {
        var logit = graph.Node("Add", graph.Node("Mul", scores, graph.Float((float)slope)), graph.Float((float)offset));
        var positive = graph.Node("Sigmoid", graph.Node("Neg", logit));
        return graph.Node("Concat", [graph.Node("Sub", graph.Float(1f), positive), positive], null, "", OnnxGraph.Attribute("axis", 1L));
    }
}
