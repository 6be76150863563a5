using Tradeoff.Core.Data;
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
            run.Budget.Check();
            var (extra, timing) = _runner.Fit(run.Technique, run.Train, Seeds.Derive(_protocol.Seed, 5, i), run.Budget.Token, detailed: false);
            extra.Dispose();
            run.Fits.Add(timing);
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
            run.Qualities["train-memory"] = QualityFactory.Create(
                "train-memory",
                record.PeakMemoryBytes!.Value,
                $"peak resident memory (managed and native, /proc/self/statm sampled every {MemorySampler.Interval.TotalMilliseconds:0} ms) above the level before the final fit on all {Invariant.Count(run.Train.RowCount)} training rows, after a full garbage collection") with
            { SampleCount = 1 };
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
