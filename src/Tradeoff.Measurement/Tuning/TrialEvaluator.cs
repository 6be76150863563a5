using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// Scores one configuration by the inner cross-validation: every predictive metric of the task, and the cheap
/// qualities the fold models show (train time, size, parameters, complexity), averaged over the folds.
/// </summary>
internal sealed class TrialEvaluator(SearchPlan plan, FitRunner runner, ProbeContext context)
{
    public TrialResult Evaluate(int index, IReadOnlyDictionary<string, string> searched, Dataset train, ResolvedProtocol inner, IReadOnlyList<Split> splits, Budget budget)
    {
        var start = context.Time.GetTimestamp();
        try
        {
            var technique = FeaturizedTechnique.Wrap(plan.Descriptor.CreateChecked(new TechniqueSettings(plan.Name, plan.Merge(searched))));
            var fits = new List<FitRecord>();
            var sizes = new List<double>();
            var parameters = new List<double>();
            var complexity = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var qualities = AccuracyProbe.CrossValidate(technique, train, inner, splits, runner, budget, Metrics.For(train.Task), fits, inspect: model =>
            {
                using var counter = new CountingStream();
                model.Save(counter);
                sizes.Add(counter.Length);
                parameters.Add(model.ParameterCount);
                foreach (var (id, value) in InterpretabilityProbe.Complexity(model, plan.Descriptor.Id))
                {
                    (complexity.TryGetValue(id, out var list) ? list : complexity[id] = []).Add(value.Value);
                }
            });
            var what = $"the {QualityFormat.Count(splits.Count)} inner-fold models (each fitted on {Share(splits)} of the training rows)";
            qualities[QualityIds.TrainTime] = Mean(QualityIds.TrainTime, fits.Select(f => f.WallSeconds).ToList(), $"mean wall time of the fits of {what}");
            qualities[QualityIds.ModelSize] = Mean(QualityIds.ModelSize, sizes, $"mean bytes written by Save of {what}, featurization included");
            qualities[QualityIds.Parameters] = Mean(QualityIds.Parameters, parameters, $"mean learned parameters of {what}");
            foreach (var (id, values) in complexity)
            {
                qualities[id] = Mean(id, values, $"mean {id["complexity.".Length..]} of {what}");
            }

            return new TrialResult { Index = index, Settings = searched, Qualities = qualities, Seconds = context.SecondsSince(start) };
        }
        catch (OperationCanceledException) when (budget.Token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A configuration may be invalid for these data or make the technique throw; the search goes on without it.
            var message = e is InputException ? e.Message : Failures.Describe(e);
            return new TrialResult { Index = index, Settings = searched, Status = TechniqueStatus.Failed, Message = message, Seconds = context.SecondsSince(start) };
        }
    }

    private static QualityValue Mean(string id, List<double> values, string protocol) =>
        QualityFactory.Create(id, Descriptive.Mean(values), protocol) with
        {
            Std = values.Count > 1 ? Descriptive.Std(values) : null,
            SampleCount = values.Count,
        };

    private static string Share(IReadOnlyList<Split> splits)
    {
        var split = splits[0];
        var share = split.Train.Length / (double)(split.Train.Length + split.Test.Length);
        return Math.Abs(share - (2.0 / 3.0)) < 0.01 ? "2/3" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
    }

}
