using Tradeoff.Core.Data;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>The study summary a results document repeats.</summary>
internal static class Summaries
{
    public static StudySummary Of(Study study, StudyData data)
    {
        var train = data.Train;
        return new StudySummary
        {
            Name = study.Name,
            Description = study.Description,
            Train = study.Data.Train,
            Test = study.Data.Test,
            Target = train.Target.Name,
            Task = train.Task.ToId(),
            Rows = train.RowCount,
            Features = train.FeatureCount,
            Classes = train.Task.IsClassification() ? train.Target.Levels : [],
            Positive = train.Task == TaskKind.BinaryClassification ? train.Target.Levels[train.PositiveClass] : null,
            Protocol = ProtocolDescription.Describe(study.Protocol, train, data.Test),
            Constraints = study.Constraints.Select(c => c.Text).ToList(),
            Objectives = study.Objectives,
            Weights = study.Weights,
            Declared = study.Declared.Select(d => d.Descriptor).ToList(),
        };
    }
}
