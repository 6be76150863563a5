using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.NaiveBayes;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// Naive Bayes in double precision, as the model computes: per class the log prior, plus for every present numeric
/// value its Gaussian log density, plus for every known level its log frequency (a missing or unknown level adds
/// nothing: an added zero row of the level table), then softmax; the priors when no class has a finite score.
/// </summary>
internal sealed class NaiveBayesExporter : IOnnxExporter
{
    private const int DoubleType = 11;

    public bool Handles(IModel model) => model is NaiveBayesModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var nb = (NaiveBayesModel)model;
        var s = nb.Statistics.Schema;
        var (logPrior, means, weights, logNormalizers, logLevels) = nb.Tables;
        var classes = s.ClassCount;
        var score = Repeat(graph, features, logPrior);
        var numeric = s.NumericFeatures;
        if (numeric.Length > 0)
        {
            var j = numeric.Length;
            var x = Double(graph, graph.Node("Gather", [features, graph.Int64s([.. numeric.Select(f => (long)f)], j)], null, "", OnnxGraph.Attribute("axis", 1L)));
            var missing = graph.Node("IsNaN", x);
            var present = graph.Node("Unsqueeze", Double(graph, graph.Node("Not", missing)), graph.Int64s([1], 1));
            var x0 = graph.Node("Unsqueeze", graph.Node("Where", missing, Doubles(graph, [0.0]), x), graph.Int64s([1], 1));
            var diff = graph.Node("Sub", x0, Doubles(graph, means, classes, j));
            var squared = graph.Node("Mul", graph.Node("Mul", diff, diff), Doubles(graph, weights, classes, j));
            var density = graph.Node("Mul", graph.Node("Sub", Doubles(graph, logNormalizers, classes, j), squared), present);
            score = graph.Node("Add", score, graph.Node("ReduceSum", [density, graph.Int64s([2], 1)], null, "", OnnxGraph.Attribute("keepdims", 0L)));
        }

        for (var k = 0; k < s.NominalFeatures.Length; k++)
        {
            var f = s.NominalFeatures[k];
            var levels = s.Levels[f].Length;
            var table = new double[(levels + 1) * classes];
            for (var l = 0; l < levels; l++)
            {
                for (var c = 0; c < classes; c++)
                {
                    table[(l * classes) + c] = logLevels[(c * s.TotalLevels) + s.LevelOffsets[k] + l];
                }
            }

            var v = graph.Columns(features, f, f + 1);
            var unknown = graph.Node("Or", graph.Node("IsNaN", v), graph.Node("Or", graph.Node("Less", v, graph.Float(0f)), graph.Node("GreaterOrEqual", v, graph.Float(levels))));
            var index = GraphPieces.ToIndex(graph, graph.Node("Where", unknown, graph.Float(levels), v));
            score = graph.Node("Add", score, graph.Node("Gather", [Doubles(graph, table, levels + 1, classes), index], null, "", OnnxGraph.Attribute("axis", 0L)));
        }

        var max = graph.Node("ReduceMax", [score], null, "", OnnxGraph.Attribute("axes", [1L]), OnnxGraph.Attribute("keepdims", 1L));
        var sum = graph.Node("ReduceSum", [score, graph.Int64s([1], 1)], null, "", OnnxGraph.Attribute("keepdims", 1L));
        var hopeless = graph.Node("Or", graph.Node("IsNaN", sum), graph.Node("IsInf", [max], null, "", OnnxGraph.Attribute("detect_positive", 0L)));
        score = graph.Node("Where", hopeless, Doubles(graph, logPrior, 1, classes), score);
        return GraphPieces.CastFloat(graph, graph.Node("Softmax", [score], null, "", OnnxGraph.Attribute("axis", 1L)));
    }

    private static string Repeat(OnnxGraph graph, string features, double[] row)
    {
        var zeros = graph.Node("Mul", Double(graph, graph.Columns(features, 0, 1)), Doubles(graph, [0.0]));
        // 0 * NaN is NaN: a missing first feature must not reach the sum, so the zeros come from a cleaned column.
        var clean = graph.Node("Where", graph.Node("IsNaN", zeros), Doubles(graph, [0.0]), zeros);
        return graph.Node("Add", clean, Doubles(graph, row, 1, row.Length));
    }

    private static string Double(OnnxGraph graph, string value) =>
        graph.Node("Cast", [value], null, "", OnnxGraph.Attribute("to", (long)DoubleType));

    private static string Doubles(OnnxGraph graph, double[] values, params long[] dims) => graph.Doubles(values, dims);
}
