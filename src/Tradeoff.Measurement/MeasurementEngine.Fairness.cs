using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>The protected attributes checked against the data, and the folds refitted for out-of-fold outputs.</summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Whether a probe refits the first repeat's folds for their out-of-fold outputs: cross-validation without accuracy, which would have kept them.</summary>
    private bool RefitsFolds(ProbeScope scope) =>
        !scope.HasTest && !Metrics.For(scope.Task).Any(Wants) && _probes.Any(p => p.Applies(scope) && p.Needs(scope).HasFlag(ProbeNeeds.OutOfFold));

    // Checked whether or not fairness is measured: a misspelt attribute is a mistake in the study either way, and
    // ignoring it would surface only on the run that finally asks for fairness.
    private void CheckProtected(Dataset train, Dataset? test)
    {
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
