using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>Fairness: the protected attributes checked against the data, and one prediction per row to group.</summary>
public sealed partial class MeasurementEngine
{
    private bool WantsFairness() =>
        WantsAny(FairnessIds) || _protected.Any(a => WantsAny(FairnessProbe.GapNames.Select(m => $"fairness.{a.Name}.{m}")));

    /// <summary>Whether fairness refits the first repeat's folds: cross-validation without accuracy, which would have kept their predictions.</summary>
    private bool RefitsFoldsForFairness(TaskKind task, ValidationKind kind) =>
        WantsFairness() && _protected.Count > 0 && task.IsClassification() && kind != ValidationKind.TestSet && !Metrics.For(task).Any(Wants);

    private void Fairness(TechniqueRun run)
    {
        if (_protected.Count == 0 || !run.Train.Task.IsClassification())
        {
            SetAll(run, FairnessProbe.Measure(run.Train, [], [], _protocol.Seed, ""));
            return;
        }

        if (run.Test is not null)
        {
            SetAll(run, FairnessProbe.Measure(run.Test, AccuracyProbe.Predict(run.Model!, run.Test), _protected, _protocol.Seed, $"the {QualityFormat.Count(run.Test.RowCount)} test rows, predicted by the model fitted on all training rows"));
            return;
        }

        var outputs = run.OutOfFold ?? OutOfFold(run);
        var source = $"the pooled out-of-fold predictions of all {QualityFormat.Count(run.Train.RowCount)} training rows (first repeat of {ProtocolDescription.Describe(run.Protocol, run.Train)})";
        if (run.AccuracyTechnique is not null)
        {
            source += ", each fold's model with the configuration a search on that fold's training rows chose";
        }

        SetAll(run, FairnessProbe.Measure(run.Train, outputs, _protected, _protocol.Seed, source));
    }

    /// <summary>
    /// The first repeat's cross-validation outputs, when accuracy did not run: the same folds and fit seeds, and for a
    /// tuned technique the same nested procedure (the run's choice was made with every fold's test rows).
    /// </summary>
    private float[] OutOfFold(TechniqueRun run)
    {
        var width = run.Train.OutputLength;
        var outputs = new float[run.Train.RowCount * width];
        foreach (var split in Splitter.Splits(run.Train, run.Protocol).Where(s => s.Repeat == 0))
        {
            run.Budget.Check();
            var (model, _) = _runner.Fit(run.AccuracyTechnique ?? run.Technique, run.Train.Subset(split.Train), Seeds.Derive(_protocol.Seed, 2, 0, split.Fold), run.Budget.Token, detailed: false);
            using (model)
            {
                var predicted = AccuracyProbe.Predict(model, run.Train.Subset(split.Test));
                for (var i = 0; i < split.Test.Length; i++)
                {
                    predicted.AsSpan(i * width, width).CopyTo(outputs.AsSpan(split.Test[i] * width, width));
                }
            }
        }

        run.OutOfFold = outputs;
        return outputs;
    }

    private void CheckProtected(Dataset train, Dataset? test)
    {
        if (!WantsFairness())
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
