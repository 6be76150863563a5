using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Statistics;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>The accuracy family: cross-validation on the training data, or scores on the given test set.</summary>
internal static class AccuracyProbe
{
    /// <summary>Details key of the mean n_test / n_train of the folds, which the paired comparison's correction needs.</summary>
    public const string TestTrainRatioKey = CorrectedResampledT.TestTrainRatioKey;

    // Means of per-row values: a one-row fold scores them meaningfully, so leave-one-out keeps fold samples.
    private static readonly HashSet<string> PerRowMeans = new(StringComparer.Ordinal) { QualityIds.Accuracy, QualityIds.LogLoss, QualityIds.Mae };

    /// <summary>
    /// Fits and scores every split; the fit records are appended to <paramref name="fits"/>, and each fold's model is
    /// shown to <paramref name="inspect"/> before it is disposed, or kept by <paramref name="keeper"/> when it keeps the fold.
    /// </summary>
    public static Dictionary<string, QualityValue> CrossValidate(
        ITechnique technique, Dataset train, ResolvedProtocol protocol, IReadOnlyList<Split> splits,
        FitRunner runner, Budget budget, IReadOnlyList<string> metrics, List<FitRecord> fits, float[]? outOfFold = null, Action<IModel>? inspect = null, FoldParts? keeper = null)
    {
        var scores = metrics.ToDictionary(m => m, _ => new List<double>(splits.Count), StringComparer.Ordinal);
        var pooledTruth = new List<float>();
        var pooledOutputs = new List<float>();
        var ratio = 0.0;
        foreach (var split in splits)
        {
            budget.Check();
            var part = train.Subset(split.Train);
            var heldOut = train.Subset(split.Test);
            var keeps = keeper?.Keeps(split) == true;
            var fitSeed = Seeds.Derive(protocol.Spec.Seed, 2, split.Repeat, split.Fold);
            // A fold kept as a held-out part is fitted as the part would be: detailed, for the learning curve's memory.
            var (model, record) = runner.Fit(technique, part, fitSeed, budget.Token, detailed: keeps);
            fits.Add(record);
            var outputs = Predict(model, heldOut);
            inspect?.Invoke(model);
            if (keeps)
            {
                keeper!.Keep(split, part, heldOut, fitSeed, model, record, outputs);
            }
            else
            {
                model.Dispose();
            }

            var predictions = PredictionSet.Of(heldOut, outputs);
            var rows = Metrics.AllRows(heldOut.RowCount);
            foreach (var metric in metrics)
            {
                scores[metric].Add(Metrics.Compute(metric, predictions, rows));
            }

            if (outOfFold is not null && split.Repeat == 0)
            {
                var width = train.OutputLength;
                for (var i = 0; i < split.Test.Length; i++)
                {
                    outputs.AsSpan(i * width, width).CopyTo(outOfFold.AsSpan(split.Test[i] * width, width));
                }
            }

            pooledTruth.AddRange(heldOut.Target.Values);
            pooledOutputs.AddRange(outputs);
            ratio += split.Test.Length / (double)split.Train.Length;
        }

        ratio /= splits.Count;
        var pooled = new PredictionSet(train.Task, train.PositiveClass, train.OutputLength, [.. pooledTruth], [.. pooledOutputs]);
        var line = ProtocolDescription.Describe(protocol, train);
        return metrics.ToDictionary(m => m, m => Summarize(m, scores[m], pooled, ratio, protocol, line), StringComparer.Ordinal);
    }

    /// <summary>Scores a model fitted on all training data on the test set, with a bootstrap interval.</summary>
    public static Dictionary<string, QualityValue> ScoreTestSet(IModel model, Dataset test, IReadOnlyList<string> metrics, int seed, string line)
    {
        var predictions = PredictionSet.Of(test, Predict(model, test));
        var rows = Metrics.AllRows(test.RowCount);
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            var value = Metrics.Compute(metric, predictions, rows);
            var descriptor = QualityCatalog.Find(metric)!;
            if (double.IsNaN(value))
            {
                result[metric] = QualityValue.Unavailable(descriptor.Unit, $"{metric} is undefined on this test set (a single class or a constant target)");
                continue;
            }

            var interval = Bootstrap.Interval(predictions, metric, Seeds.Derive(seed, 3));
            result[metric] = new QualityValue
            {
                Value = value,
                Unit = descriptor.Unit,
                Direction = descriptor.Direction,
                Std = interval?.Std,
                Lower = interval?.Lower,
                Upper = interval?.Upper,
                SampleCount = test.RowCount,
                Protocol = $"{line}: score on the {QualityFormat.Count(test.RowCount)} test rows; 95% percentile bootstrap interval ({QualityFormat.Count(Bootstrap.Resamples)} resamples), std = bootstrap standard error",
            };
        }

        return result;
    }

    /// <summary>Predicts every row of <paramref name="data"/> in one batch, row-major.</summary>
    public static float[] Predict(IModel model, Dataset data)
    {
        var outputs = new float[data.RowCount * model.OutputLength];
        model.PredictBatch(data.ToRowMajor(), data.RowCount, outputs);
        return outputs;
    }

    private static QualityValue Summarize(string metric, List<double> folds, PredictionSet pooled, double ratio, ResolvedProtocol protocol, string line)
    {
        var descriptor = QualityCatalog.Find(metric)!;
        var undefined = folds.Count(double.IsNaN);
        var useFolds = undefined == 0 && (protocol.Kind != ValidationKind.LeaveOneOut || PerRowMeans.Contains(metric));
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [TestTrainRatioKey] = ratio,
            ["folds"] = protocol.Folds,
            ["repeats"] = protocol.Repeats,
        };
        if (useFolds)
        {
            var interval = CorrectedResampledT.Interval(folds, ratio);
            var (min, max) = Metrics.Range(metric);
            return new QualityValue
            {
                Value = Descriptive.Mean(folds),
                Unit = descriptor.Unit,
                Direction = descriptor.Direction,
                Std = folds.Count > 1 ? Descriptive.Std(folds) : null,
                Lower = interval is { } lower ? Math.Max(min, lower.Lower) : null,
                Upper = interval is { } upper ? Math.Min(max, upper.Upper) : null,
                SampleCount = folds.Count,
                Samples = folds,
                Details = details,
                Protocol = $"{line}: mean of {QualityFormat.Count(folds.Count)} fold scores; 95% interval from the corrected resampled t (Nadeau & Bengio), {QualityFormat.Count(folds.Count - 1)} degrees of freedom, clipped to the metric's range",
            };
        }

        var value = Metrics.Compute(metric, pooled, Metrics.AllRows(pooled.Count));
        if (double.IsNaN(value))
        {
            return QualityValue.Unavailable(descriptor.Unit, $"{metric} is undefined on these data (a single class or a constant target)");
        }

        var why = undefined > 0 ? $"{QualityFormat.Count(undefined)} of {QualityFormat.Count(folds.Count)} test parts cannot score it alone" : "one-row test parts cannot score it alone";
        return new QualityValue
        {
            Value = value,
            Unit = descriptor.Unit,
            Direction = descriptor.Direction,
            SampleCount = pooled.Count,
            Details = details,
            Protocol = $"{line}: computed on the pooled out-of-fold predictions ({why}); no interval",
        };
    }
}
