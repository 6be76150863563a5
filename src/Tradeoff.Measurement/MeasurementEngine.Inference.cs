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
                Set(run, "parameters", QualityFactory.Create("parameters", model.ParameterCount, "numbers the fit learned from the training rows that prediction reads, by the technique's rule in docs/PROTOCOL.md (trees: per split its feature and threshold, and in the own trees its missing side, plus each leaf's values; coefficients and intercepts; weights and biases; stored statistics; k-NN: stored rows and targets); the shared featurization's statistics count in model-size, not here") with { SampleCount = 1 });
            });
        }

        var width = run.InferenceRows.FeatureCount;
        if (WantsAny(["latency.p50", "latency.p90", "latency.p99", "latency.max", "energy.predict", "cost.predict"]))
        {
            Stage(run, "latency", () =>
            {
                run.Latency = LatencyProbe.Measure(model, run.InferenceMatrix, width, run.Protocol.LatencySamples, _protocol.LatencyTimeCap, _context, run.Budget.Token);
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
            Stage(run, "energy", () => SetEnergy(run));
        }
    }

    private QualityValue Throughput(TechniqueRun run, int width)
    {
        var rates = ThroughputProbe.Measure(run.Model!, run.InferenceMatrix, width, _protocol.BatchSize, _context, run.Budget.Token);
        if (rates.Count == 0)
        {
            return QualityFactory.Unavailable("throughput", "a pass over the rows took less than the clock's resolution");
        }

        return QualityFactory.Create(
            "throughput",
            Descriptive.Median(rates),
            $"median rows per second of {rates.Count} passes predicting the {Invariant.Count(run.InferenceRows.RowCount)} {run.InferenceRowsText} in batches of {Invariant.Count(_protocol.BatchSize)}") with
        {
            Std = rates.Count > 1 ? Descriptive.Std(rates) : null,
            SampleCount = rates.Count,
            Samples = rates,
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["min"] = rates.Min(), ["max"] = rates.Max(), ["batch-size"] = _protocol.BatchSize },
        };
    }

    private void SetEnergy(TechniqueRun run)
    {
        var fit = run.FinalFit!;
        var measured = fit.Joules is not null;
        var source = measured ? $"{_context.Energy!.Description} counters (whole package, other processes included)" : $"estimate: CPU seconds x {Invariant.Number(_protocol.WattsPerCore)} W per core ({_context.EnergyUnavailableReason ?? "no RAPL counter"})";
        var trainJoules = fit.Joules ?? EnergyModel.EstimateJoules(fit.CpuSeconds, _protocol.WattsPerCore);
        Set(run, "energy.train", QualityFactory.Create("energy.train", trainJoules, $"joules of the final fit on all training data; {source}") with { Estimated = !measured, SampleCount = 1 });
        Set(run, "co2.train", QualityFactory.Create("co2.train", EnergyModel.Co2Grams(trainJoules, _protocol.GridIntensity), $"energy.train in kWh x {Invariant.Number(_protocol.GridIntensity)} g CO2 per kWh") with { Estimated = !measured, SampleCount = 1 });
        Set(run, "cost.train", QualityFactory.Create("cost.train", EnergyModel.Cost(fit.CpuSeconds, _protocol.PricePerCpuHour), $"CPU hours of the final fit x {Invariant.Number(_protocol.PricePerCpuHour)} USD per CPU hour") with { SampleCount = 1 });
        if (run.Latency is not { } latency || latency.Microseconds.Length == 0)
        {
            return;
        }

        var calls = latency.Microseconds.Length;
        var predictMeasured = latency.Joules is not null;
        var predictJoules = latency.Joules ?? EnergyModel.EstimateJoules(latency.CpuSeconds, _protocol.WattsPerCore);
        Set(run, "energy.predict", QualityFactory.Create("energy.predict", predictJoules / calls * 1000, $"joules per 1,000 single-row predictions over the {Invariant.Count(calls)} timed latency calls; {source}") with { Estimated = !predictMeasured, SampleCount = calls });
        Set(run, "cost.predict", QualityFactory.Create("cost.predict", EnergyModel.Cost(latency.CpuSeconds / calls * 1e6, _protocol.PricePerCpuHour), $"CPU hours per million single-row predictions (from the timed latency calls) x {Invariant.Number(_protocol.PricePerCpuHour)} USD per CPU hour") with { SampleCount = calls });
    }

    private void Set(TechniqueRun run, string id, QualityValue value)
    {
        if (Wants(id))
        {
            run.Qualities[id] = value;
        }
    }
}
