using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Stages;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>Fairness: the protected attributes checked against the data.</summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Whether fairness refits the first repeat's folds: cross-validation without accuracy, which would have kept their predictions.</summary>
    private bool RefitsFoldsForFairness(ProbeScope scope, TaskKind task, ValidationKind kind) =>
        FairnessStage.Wanted(scope) && _protected.Count > 0 && task.IsClassification() && kind != ValidationKind.TestSet && !Metrics.For(task).Any(Wants);

    private void CheckProtected(ProbeScope scope, Dataset train, Dataset? test)
    {
        if (!FairnessStage.Wanted(scope))
        {
            return;
        }

        foreach (var attribute in _protected)
        {
            foreach (var data in test is null ? [train] : new[] { train, test })
            {
                if (!data.Features.Any(c => string.Equals(c.Name, attribute.Name, StringComparison.Ordinal)))
                {
                    throw new InputException($"{data.Source}: protected attribute '{attribute.Name}' is not a feature of the data{Suggestions.DidYouMean(attribute.Name, data.Features.Select(c => c.Name))}.");
                }
            }
        }
    }
}
