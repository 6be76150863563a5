using Tradeoff.Core.Results;
using Tradeoff.Measurement.Energy;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement;

/// <summary>The inference side: size, latency, allocation, throughput, and energy, CO2 and cost.</summary>
public sealed partial class MeasurementEngine
{
    /// <summary>Single-row calls whose allocations are averaged for inference-allocated.</summary>
    private const int AllocationCalls = 1000;

    /// <summary>The defaults the final fit adapted to the training rows, stated with the model's parameters; null when none adapted.</summary>
    private static string? AdaptedNote(TechniqueRun run)
    {
        var adapted = run.Technique.AdaptedSettings(run.Train);
        return adapted.Count == 0
            ? null
            : $"fitted with {string.Join(", ", adapted.Select(p => $"{p.Key}={p.Value}"))} (defaults adapted to {Invariant.Count(run.Train.RowCount)} training rows)";
    }

    private void MeasureInference(TechniqueRun run)
    {
        var model = run.Model!;
        if (Wants("model-size") || Wants("parameters"))
        {
            Stage(run, "model-size", () =>
            {
                using var counter = new CountingStream();
                model.Save(counter);
                Set(run, "model-size", QualityFactory.Create("model-size", counter.Length, "bytes written by the model's Save, featurization included") with { SampleCount = 1 });
                Set(run, "parameters", QualityFactory.Create("parameters", model.ParameterCount, "numbers the fit learned from the training rows that prediction reads, by the technique's rule in docs/PROTOCOL.md (trees: per split its feature and threshold, and in the own trees its missing side, plus each leaf's values; coefficients and intercepts; weights and biases; stored statistics; k-NN: stored rows and targets); the shared featurization's statistics count in model-size, not here") with { SampleCount = 1, Note = AdaptedNote(run) });
            });
        }

        var width = run.InferenceRows.FeatureCount;
        if (WantsAny(["latency.p50", "latency.p90", "latency.p99", "latency.max", "energy.predict", "cost.predict"]))
        {
            Stage(run, "latency", () =>
            {
                var plan = new LatencyPlan(run.Protocol.LatencySamples, _protocol.LatencyTimeCap, _protocol.LatencyHardCap, _protocol.WarmUp);
                run.Latency = LatencyProbe.Measure(model, run.InferenceMatrix, width, plan, _context, run.Budget.Token);
                foreach (var (id, value) in LatencyQualities.From(run.Latency, $"{Invariant.Count(run.InferenceRows.RowCount)} {run.InferenceRowsText}"))
                {
                    Set(run, id, value);
                }
            });
        }

        if (Wants("inference-allocated"))
        {
            Stage(run, "inference-allocated", () =>
            {
                var bytes = LatencyProbe.AllocatedPerCall(model, run.InferenceMatrix, width, AllocationCalls);
                run.Qualities["inference-allocated"] = QualityFactory.Create("inference-allocated", bytes, $"managed bytes allocated on the calling thread over {Invariant.Count(AllocationCalls)} single-row predictions, divided by {Invariant.Count(AllocationCalls)}") with { SampleCount = AllocationCalls };
            });
        }

        if (Wants("inference-memory"))
        {
            Stage(run, "inference-memory", () => run.Qualities["inference-memory"] = LoadedMemoryProbe.Measure(run.Technique, model, run.InferenceMatrix[..width], _context));
        }

        if (Wants("throughput"))
        {
            Stage(run, "throughput", () => run.Qualities["throughput"] = Throughput(run, width));
        }

        if (WantsAny(EnergyIds))
        {
            Stage(run, "energy", () => SetEnergy(run, width));
        }
    }

    private QualityValue Throughput(TechniqueRun run, int width)
    {
        var (rates, warmUp) = ThroughputProbe.Measure(run.Model!, run.InferenceMatrix, width, _protocol.BatchSize, _protocol.WarmUp, _context, run.Budget.Token);
        if (rates.Count == 0)
        {
            return QualityFactory.Unavailable("throughput", "a pass over the rows took less than the clock's resolution");
        }

        var (lower, upper, _) = MedianInterval.Of(rates);
        return QualityFactory.Create(
            "throughput",
            Descriptive.Median(rates),
            $"median rows per second of {rates.Count} passes predicting the {Invariant.Count(run.InferenceRows.RowCount)} {run.InferenceRowsText} in batches of {Invariant.Count(_protocol.BatchSize)}, after {warmUp.Describe("pass")}; 95% interval of the median from order statistics") with
        {
            Std = rates.Count > 1 ? Descriptive.Std(rates) : null,
            Lower = lower,
            Upper = upper,
            SampleCount = rates.Count,
            Samples = rates,
            Note = warmUp.Steady ? null : "warm-up did not reach steady state",
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["min"] = rates.Min(), ["max"] = rates.Max(), ["batch-size"] = _protocol.BatchSize, ["warm-up-seconds"] = warmUp.Seconds },
        };
    }

    private void SetEnergy(TechniqueRun run, int width)
    {
        var fit = run.FinalFit!;
        var measured = fit.Joules is not null;
        var watts = _protocol.WattsPerCore;
        var source = measured ? $"{_context.Energy!.Description} counters (whole package, other processes included)" : $"estimate: CPU seconds x {Invariant.Number(watts)} W per core ({_context.EnergyUnavailableReason ?? "no RAPL counter"})";
        // One fit's CPU time at steady state, as train-cpu-time measures it, with its interval.
        var cpu = TrainTimeProbe.Summarize("train-cpu-time", run.Fits, f => f.CpuSeconds, _runner.Threads, "process CPU time (all threads)");
        var energy = measured
            ? QualityFactory.Create("energy.train", fit.Joules!.Value, $"joules of the final fit on all training data; {source}") with { SampleCount = 1 }
            : Scaled(cpu, "energy.train", watts, $"joules of one fit: {cpu.Protocol}, x {Invariant.Number(watts)} W per core; {source}") with { Estimated = true };
        Set(run, "energy.train", energy);
        Set(run, "co2.train", Scaled(energy, "co2.train", EnergyModel.Co2Grams(1, _protocol.GridIntensity), $"energy.train in kWh x {Invariant.Number(_protocol.GridIntensity)} g CO2 per kWh") with { Estimated = energy.Estimated });
        Set(run, "cost.train", Scaled(cpu, "cost.train", EnergyModel.Cost(1, _protocol.PricePerCpuHour), $"CPU hours of one fit ({cpu.Protocol}) x {Invariant.Number(_protocol.PricePerCpuHour)} USD per CPU hour"));
        if (!WantsAny(["energy.predict", "cost.predict"]))
        {
            return;
        }

        var cost = PredictionCost(run, width);
        var calls = $"{Invariant.Count(cost.CallsPerRound)} single-row predictions a round, {Invariant.Count(cost.CpuSeconds.Count)} rounds, in a loop of predictions only (no clock read inside), after the latency warm-up; median over rounds with its 95% interval from order statistics";
        var predictMeasured = cost.Joules is not null;
        var perCall = cost.Joules ?? cost.CpuSeconds.Select(s => EnergyModel.EstimateJoules(s, watts)).ToList();
        Set(run, "energy.predict", FromRounds("energy.predict", perCall, 1000, $"joules per 1,000 predictions: {calls}; {source}") with { Estimated = !predictMeasured });
        Set(run, "cost.predict", FromRounds("cost.predict", cost.CpuSeconds, EnergyModel.Cost(1e6, _protocol.PricePerCpuHour), $"process CPU hours per million predictions x {Invariant.Number(_protocol.PricePerCpuHour)} USD per CPU hour: {calls}"));
    }

    /// <summary>The loop-only cost of one prediction, measured once per technique.</summary>
    private PredictionCost PredictionCost(TechniqueRun run, int width)
    {
        var perCall = run.Latency is { Microseconds.Length: > 0 } latency ? Descriptive.Median(latency.Microseconds) * 1e-6 : 0;
        return run.PredictionCost ??= PredictionCostProbe.Measure(run.Model!, run.InferenceMatrix, width, perCall, _context, run.Budget.Token);
    }

    private static QualityValue FromRounds(string id, IReadOnlyList<double> perCall, double factor, string protocol)
    {
        var (median, lower, upper) = Probes.PredictionCost.Summary(perCall);
        return QualityFactory.Create(id, median * factor, protocol) with
        {
            Lower = lower * factor,
            Upper = upper * factor,
            SampleCount = perCall.Count,
            Samples = perCall.Select(x => x * factor).ToList(),
        };
    }

    // A figure proportional to another: the same samples and interval, times the factor.
    private static QualityValue Scaled(QualityValue source, string id, double factor, string protocol) =>
        QualityFactory.Create(id, source.Value * factor, protocol) with
        {
            Std = source.Std * factor,
            Lower = source.Lower * factor,
            Upper = source.Upper * factor,
            SampleCount = source.SampleCount,
            Samples = source.Samples?.Select(x => x * factor).ToList(),
            Note = source.Note,
            Estimated = source.Estimated,
        };

    private void Set(TechniqueRun run, string id, QualityValue value)
    {
        if (Wants(id))
        {
            run.Qualities[id] = value;
        }
    }
}
