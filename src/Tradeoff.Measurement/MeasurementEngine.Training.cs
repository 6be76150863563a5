using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>The training side: predictive quality, the final fit, time and memory of fits.</summary>
public sealed partial class MeasurementEngine
{
    private static readonly string[] TrainIds = ["train-time", "train-cpu-time", "train-memory", "train-allocated"];
    private static readonly string[] InferenceIds = ["latency.p50", "latency.p90", "latency.p99", "latency.max", "throughput", "inference-allocated", "inference-memory", "model-size", "parameters"];
    private static readonly string[] EnergyIds = ["energy.train", "energy.predict", "co2.train", "cost.train", "cost.predict"];

    /// <summary>Fits at steady state that train-time and the incremental retrain time rest on, at least.</summary>
    private const int SteadyFits = 5;

    /// <summary>And at least this much of them, so that fits of microseconds rest on many, not on five a collection can spoil...</summary>
    private const double SteadyFitSeconds = 0.1;

    /// <summary>... or this many: a fit of a microsecond costs more in the runner's own reads than in the fit.</summary>
    private const int ManySteadyFits = 200;

    private const int MaxUnseenFits = 50;

    private void MeasureAll(TechniqueRun run)
    {
        var metrics = Metrics.For(run.Train.Task).Where(Wants).ToList();
        AddInapplicableMetrics(run);
        var stage = run.Train.Task.IsClassification() ? "accuracy" : "rmse";
        if (metrics.Count > 0 && run.Protocol.Kind != ValidationKind.TestSet)
        {
            Stage(run, stage, () =>
            {
                var splits = Splitter.Splits(run.Train, run.Protocol);
                var outOfFold = new float[run.Train.RowCount * run.Train.OutputLength];
                // A tuned technique's fold fits include its search: they are not training times of the chosen configuration.
                var fits = run.AccuracyTechnique is null ? run.Fits : [];
                foreach (var (id, value) in AccuracyProbe.CrossValidate(run.AccuracyTechnique ?? run.Technique, run.Train, run.Protocol, splits, _runner, run.Budget, metrics, fits, outOfFold))
                {
                    run.Qualities[id] = value;
                }

                run.OutOfFold = outOfFold;
            });
        }

        var needsModel = (metrics.Count > 0 && run.Test is not null) || WantsAny(TrainIds) || WantsAny(InferenceIds) || WantsAny(EnergyIds) || NeedsFinalModel(run);
        if (needsModel)
        {
            MeasureFinal(run, metrics, stage);
        }

        MeasureBeyond(run);
    }

    private void MeasureFinal(TechniqueRun run, List<string> metrics, string stage)
    {
        Stage(run, "train-time", () => FinalFit(run));
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

        MeasureInference(run);
    }

    private void FinalFit(TechniqueRun run)
    {
        var (model, record) = _runner.Fit(run.Technique, run.Train, Seeds.Derive(_protocol.Seed, 4), run.Budget.Token, detailed: true);
        run.Model = model;
        run.FinalFit = record;
        Keeper?.Keep(run.Name, model);
        run.Fits.Add(record);
        for (var i = 0; i < _protocol.TimingRuns; i++)
        {
            run.Fits.Add(TimingFit(run, run.Technique, run.Train, i));
        }

        if (WantsAny(TrainIds) || WantsAny(EnergyIds))
        {
            EnsureSteadyFits(run, run.Technique, run.Train, run.Fits, _protocol.TimingRuns);
        }

        if (Wants("train-time"))
        {
            run.Qualities["train-time"] = TrainTimeProbe.Summarize("train-time", run.Fits, f => f.WallSeconds, _runner.Threads, "wall time");
        }

        if (Wants("train-cpu-time"))
        {
            run.Qualities["train-cpu-time"] = TrainTimeProbe.Summarize("train-cpu-time", run.Fits, f => f.CpuSeconds, _runner.Threads, "process CPU time (all threads)");
        }

        if (Wants("train-memory"))
        {
            run.Qualities["train-memory"] = MemoryResolution.Apply(QualityFactory.Create(
                "train-memory",
                record.PeakMemoryBytes!.Value,
                $"peak resident memory (managed and native, /proc/self/statm sampled every {MemorySampler.Interval.TotalMilliseconds:0} ms) above the level before the final fit on all {QualityFormat.Count(run.Train.RowCount)} training rows, after a full garbage collection; known to one page either way") with
            { SampleCount = 1 });
        }

        if (Wants("train-allocated"))
        {
            run.Qualities["train-allocated"] = QualityFactory.Create(
                "train-allocated",
                record.AllocatedBytes!.Value,
                "managed bytes allocated on all threads during the final fit (GC.GetTotalAllocatedBytes, precise)") with
            { SampleCount = 1 };
        }
    }

    /// <summary>
    /// Extra timing fits on <paramref name="rows"/>, added to <paramref name="fits"/>, until <see cref="SteadyFits"/> of
    /// them ran at steady state for <see cref="SteadyFitSeconds"/> in all, or the warm-up limit has passed (at least one extra fit when none did, so that a slow
    /// technique whose only fit paid for the JIT still gets one figure at steady state).
    /// </summary>
    private void EnsureSteadyFits(TechniqueRun run, ITechnique technique, Core.Data.Dataset rows, List<FitRecord> fits, int index)
    {
        var start = _context.Time.GetTimestamp();
        var extra = 0;
        while (true)
        {
            var steady = fits.Count(f => f.Steady);
            var steadySeconds = fits.Where(f => f.Steady).Sum(f => f.WallSeconds);
            var elapsed = _context.Time.GetElapsedTime(start);
            // The count bound is for fits the clock cannot see (a fake clock in tests): real fits take time.
            if ((steady >= SteadyFits && (steadySeconds >= SteadyFitSeconds || steady >= ManySteadyFits)) || (elapsed >= _protocol.WarmUp.Maximum && (steady > 0 || extra > 0)) || (extra >= MaxUnseenFits && elapsed <= TimeSpan.Zero))
            {
                return;
            }

            fits.Add(TimingFit(run, technique, rows, index + extra));
            extra++;
        }
    }

    private FitRecord TimingFit(TechniqueRun run, ITechnique technique, Core.Data.Dataset rows, int index)
    {
        run.Budget.Check();
        var (model, timing) = _runner.Fit(technique, rows, Seeds.Derive(_protocol.Seed, 5, index), run.Budget.Token, detailed: false);
        model.Dispose();
        return timing;
    }

    // Cross-validation folds differ by a row or so; a fit within 1% of the rows is a fit of the same size.
    private static bool SameSize(int rows, int other) => Math.Abs(rows - other) <= Math.Max(1, other / 100);

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
            var why = id == "auc" ? "auc is measured for binary classification only" : $"{id} does not apply to {run.Train.Task.ToId()}";
            run.Qualities[id] = QualityFactory.Unavailable(id, why);
        }
    }
}
