using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>The training side: predictive quality, the final fit, time and memory of fits.</summary>
public sealed partial class MeasurementEngine
{
    private static readonly string[] TrainIds = [QualityIds.TrainTime, QualityIds.TrainCpuTime, QualityIds.TrainMemory, QualityIds.TrainAllocated];

    private void MeasureAll(TechniqueRun run, ProbeScope scope)
    {
        var metrics = Metrics.For(run.Train.Task).Where(Wants).ToList();
        AddInapplicableMetrics(run);
        var stage = run.Train.Task.IsClassification() ? QualityIds.Accuracy : QualityIds.Rmse;
        if (metrics.Count > 0 && run.Protocol.Kind != ValidationKind.TestSet)
        {
            Stage(run, stage, () =>
            {
                var splits = Splitter.Splits(run.Train, run.Protocol);
                var outOfFold = new float[run.Train.RowCount * run.Train.OutputLength];
                // A tuned technique's fold fits include its search: they are not training times of the chosen configuration.
                var fits = run.AccuracyTechnique is null ? run.Fits : [];
                run.FoldParts = SharesFoldFits(run.Protocol, scope, run.AccuracyTechnique is not null) ? new FoldParts(run.Technique, HeldOutParts.Count(run.Protocol, run.Train.RowCount)) : null;
                foreach (var (id, value) in AccuracyProbe.CrossValidate(run.AccuracyTechnique ?? run.Technique, run.Train, run.Protocol, splits, _runner, run.Budget, metrics, fits, outOfFold, keeper: run.FoldParts))
                {
                    run.Qualities[id] = value;
                }

                run.OutOfFold = outOfFold;
            });
        }

        var probes = _probes.Where(p => p.Applies(scope)).ToList();
        var needs = probes.Aggregate(ProbeNeeds.None, (all, p) => all | p.Needs(scope));
        var needsModel = (metrics.Count > 0 && run.Test is not null) || WantsAny(TrainIds) || needs.HasFlag(ProbeNeeds.FinalModel);
        if (needsModel)
        {
            MeasureFinal(run, metrics, stage, needs.HasFlag(ProbeNeeds.SteadyFits));
        }

        MeasureProbes(run, scope, probes);
        BroughtQualities.Apply(run, Wants);
    }

    /// <summary>
    /// Whether cross-validation's first folds serve as protocol II's held-out parts: k-fold, a technique measured as
    /// given (a tuned one's folds fit the nested procedure, its parts a configuration), and a probe that needs them.
    /// </summary>
    private bool SharesFoldFits(ResolvedProtocol protocol, ProbeScope scope, bool tuned) =>
        protocol.Kind == ValidationKind.KFold && !tuned && Metrics.For(scope.Task).Any(Wants) && NeedsHeldOutParts(scope);

    private void MeasureFinal(TechniqueRun run, List<string> metrics, string stage, bool steadyFits)
    {
        Stage(run, QualityIds.TrainTime, () => FinalFit(run, steadyFits));
        if (metrics.Count > 0 && run.Test is not null)
        {
            var line = ProtocolDescription.Describe(_protocol, run.Train, run.Test);
            Stage(run, stage, () =>
            {
                foreach (var (id, value) in AccuracyProbe.ScoreTestSet(run.Model!, run.Test, metrics, _protocol.Seed, line))
                {
                    run.Qualities[id] = value;
                }
            });
        }
    }

    private void FinalFit(TechniqueRun run, bool steadyFits)
    {
        var (model, record) = _runner.Fit(run.Technique, run.Train, Seeds.Derive(_protocol.Seed, 4), run.Budget.Token, detailed: true);
        run.Model = model;
        run.FinalFit = record;
        Keeper?.Keep(run.Name, model);
        run.Fits.Add(record);
        // With a test set the held-out part is this very fit (HeldOutParts), so fits on all training rows with
        // stability's seeds are its retrains: the timing fits below take those seeds and keep their test outputs.
        if (StabilityProbe.TimingFitsAreRetrains(run.Test is not null, run.AccuracyTechnique is not null) && WantsAny([QualityIds.StabilityAccuracySpread, QualityIds.StabilityChurn, QualityIds.StabilityBootstrapSpread]))
        {
            run.Retrains = [];
        }

        for (var i = 0; i < _protocol.TimingRuns; i++)
        {
            run.Fits.Add(_timingFits.Fit(run, run.Technique, run.Train, i));
        }

        if (WantsAny(TrainIds) || steadyFits)
        {
            _timingFits.Ensure(run, run.Technique, run.Train, run.Fits, _protocol.TimingRuns);
        }

        if (Wants(QualityIds.TrainTime))
        {
            run.Qualities[QualityIds.TrainTime] = TrainTimeProbe.Summarize(QualityIds.TrainTime, run.Fits, f => f.WallSeconds, _runner.Threads, "wall time");
        }

        if (Wants(QualityIds.TrainCpuTime))
        {
            run.Qualities[QualityIds.TrainCpuTime] = TrainTimeProbe.Summarize(QualityIds.TrainCpuTime, run.Fits, f => f.CpuSeconds, _runner.Threads, "process CPU time (all threads)");
        }

        if (Wants(QualityIds.TrainMemory))
        {
            run.Qualities[QualityIds.TrainMemory] = MemoryResolution.Apply(QualityFactory.Create(
                QualityIds.TrainMemory,
                record.PeakMemoryBytes!.Value,
                $"peak resident memory (managed and native, /proc/self/statm sampled every {MemorySampler.Interval.TotalMilliseconds:0} ms) above the level before the final fit on all {QualityFormat.Count(run.Train.RowCount)} training rows, after a full garbage collection; known to one page either way") with
            { SampleCount = 1 });
        }

        if (Wants(QualityIds.TrainAllocated))
        {
            run.Qualities[QualityIds.TrainAllocated] = QualityFactory.Create(
                QualityIds.TrainAllocated,
                record.AllocatedBytes!.Value,
                "managed bytes allocated on all threads during the final fit (GC.GetTotalAllocatedBytes, precise)") with
            { SampleCount = 1 };
        }
    }

    // A requested metric that does not apply to the task says so instead of vanishing from the results.
    private void AddInapplicableMetrics(TechniqueRun run)
    {
        if (_selection.All)
        {
            return;
        }

        var applicable = Metrics.For(run.Train.Task);
        foreach (var id in Metrics.All.Where(id => Wants(id) && !applicable.Contains(id)))
        {
            var why = id == QualityIds.Auc ? "auc is measured for binary classification only" : $"{id} does not apply to {run.Train.Task.ToId()}";
            run.Qualities[id] = QualityFactory.Unavailable(id, why);
        }
    }
}
