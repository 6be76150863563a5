using Tradeoff.Core.Techniques;
using Tradeoff.Export.Onnx;
using Tradeoff.Techniques.OneRule;

namespace Tradeoff.Export.Exporters;

/// <summary>
/// One-rule picks a branch of one feature and predicts that branch's class distribution: the branch index (the level,
/// or how many boundaries the value reaches; the last branch for a missing value) gathers a row of the table.
/// </summary>
internal sealed class OneRuleExporter : IOnnxExporter
{
    public bool Handles(IModel model) => model is OneRuleModel;

    public string Write(OnnxGraph graph, string features, IModel model, ExportSchema schema)
    {
        var rule = (OneRuleModel)model;
        var missingBranch = rule.Rule.BranchCounts.Length;
        var value = graph.Columns(features, rule.Rule.Feature, rule.Rule.Feature + 1);
        string branch;
        if (rule.Schema.IsNominal)
        {
            // A level outside the branches reads as missing, as the model's Branch does.
            var outside = graph.Node("Or", graph.Node("Less", value, graph.Float(0f)), graph.Node("GreaterOrEqual", value, graph.Float(missingBranch)));
            branch = graph.Node("Where", graph.Node("Or", graph.Node("IsNaN", value), outside), graph.Float(missingBranch), value);
        }
        else
        {
            var breakpoints = rule.Rule.Breakpoints;
            var reached = breakpoints.Length == 0
                ? graph.Node("Mul", value, graph.Float(0f))
                : graph.Node("ReduceSum", [GraphPieces.CastFloat(graph, graph.Node("GreaterOrEqual", value, graph.Floats(breakpoints, 1, breakpoints.Length))), graph.Int64s([1], 1)], null, "", OnnxGraph.Attribute("keepdims", 1L));
            branch = graph.Node("Where", graph.Node("IsNaN", value), graph.Float(missingBranch), reached);
        }

        return GraphPieces.Lookup(graph, [.. rule.BranchProbabilities], model.OutputLength, GraphPieces.ToIndex(graph, branch));
    }
}
