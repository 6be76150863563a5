using Tradeoff.Core.Data;
using Tradeoff.Core.Features;

namespace Tradeoff.Export;

/// <summary>
/// What an exported model says about itself beyond its parameters: the technique, the task, the target and its
/// classes, and the raw features with the featurization fitted on them (their names are the model's inputs).
/// </summary>
internal sealed record ExportSchema(string Technique, string TechniqueId, TaskKind Task, string Target, IReadOnlyList<string> Classes, Featurizer Featurizer)
{
    public IReadOnlyList<FeatureStep> Steps { get; } = Featurizer.Steps;

    public bool IsClassification => Task.IsClassification();

    /// <summary>The raw feature columns, empty, with their names, kinds and levels: what a data file is aligned to.</summary>
    public IReadOnlyList<Column> FeatureColumns =>
        Steps.Select(s => s.Nominal ? new Column(s.Name, ColumnKind.Nominal, [], s.Levels) : new Column(s.Name, ColumnKind.Numeric, [])).ToList();
}
