using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Energy;
using Tradeoff.Measurement.Planning;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Stages;

/// <summary>
/// energy, CO2 and cost of one fit and of predictions: RAPL counters where readable, else CPU time x watts per core
/// (an estimate); the fit's from the steady fits train-cpu-time rests on, the predictions' from a loop of predictions only.
/// </summary>
internal sealed class EnergyStage : IQualityProbe
{
    public static readonly string[] Ids = [QualityIds.EnergyTrain, QualityIds.EnergyPredict, QualityIds.Co2Train, QualityIds.CostTrain, QualityIds.CostPredict];

    private static readonly string[] PerPrediction = [QualityIds.EnergyPredict, QualityIds.CostPredict];

    public const string Group = "energy";

    public string Stage => Group;

    public IReadOnlyList<QualityDescriptor> Qualities { get; } =
    [
        new(QualityIds.EnergyTrain, "J", Direction.LowerIsBetter, "energy of one fit", Group,
            "joules of one fit: read from the CPU's energy counters (RAPL) when readable, else CPU time times watts per core (estimated)"),
        new(QualityIds.EnergyPredict, "J", Direction.LowerIsBetter, "energy of 1,000 predictions", Group,
            "joules of 1,000 single-row predictions, from the energy counters over timed rounds when readable, else CPU time times watts per core " +
            "(estimated)"),
        new(QualityIds.Co2Train, "g", Direction.LowerIsBetter, "CO2 of one fit", Group, "energy.train in kWh times the study's grid intensity (g CO2 per kWh)"),
        new(QualityIds.CostTrain, "USD", Direction.LowerIsBetter, "compute cost of one fit", Group,
            "CPU hours of one fit times the study's price per CPU hour"),
        new(QualityIds.CostPredict, "USD", Direction.LowerIsBetter, "compute cost of one million predictions", Group,
            "process CPU hours per million single-row predictions times the study's price per CPU hour"),
    ];

    public ProbeNeeds Needs(ProbeScope scope) => ProbeNeeds.FinalModel | ProbeNeeds.SteadyFits;

    // The loop of predictions only: one untimed round, then the timed ones.
    public TimeSpan TimedWork(PlanScope scope) => (PredictionCostProbe.Rounds + 1) * PredictionCostProbe.RoundTime;

    public void Measure(ProbeRun run)
    {
        var technique = run.Run;
        var protocol = run.Protocol;
        var fit = technique.FinalFit!;
        var measured = fit.Joules is not null;
        var watts = protocol.WattsPerCore;
        var source = measured ? $"{run.Context.Energy!.Description} counters (whole package, other processes included)" : $"estimate: CPU seconds x {Invariant.Number(watts)} W per core ({run.Context.EnergyUnavailableReason ?? "no RAPL counter"})";
        // One fit's CPU time at steady state, as train-cpu-time measures it, with its interval.
        var cpu = TrainTimeProbe.Summarize(QualityIds.TrainCpuTime, technique.Fits, f => f.CpuSeconds, run.Runner.Threads, "process CPU time (all threads)");
        var energy = measured
            ? QualityFactory.Create(QualityIds.EnergyTrain, fit.Joules!.Value, $"joules of the final fit on all training data; {source}") with { SampleCount = 1 }
            : Scaled(cpu, QualityIds.EnergyTrain, watts, $"joules of one fit: {cpu.Protocol}, x {Invariant.Number(watts)} W per core; {source}") with { Estimated = true };
        run.Set(QualityIds.EnergyTrain, energy);
        run.Set(QualityIds.Co2Train, Scaled(energy, QualityIds.Co2Train, EnergyModel.Co2Grams(1, protocol.GridIntensity), $"energy.train in kWh x {Invariant.Number(protocol.GridIntensity)} g CO2 per kWh") with { Estimated = energy.Estimated });
        run.Set(QualityIds.CostTrain, Scaled(cpu, QualityIds.CostTrain, EnergyModel.Cost(1, protocol.PricePerCpuHour), $"CPU hours of one fit ({cpu.Protocol}) x {Invariant.Number(protocol.PricePerCpuHour)} USD per CPU hour"));
        if (!run.Scope.WantsAny(PerPrediction))
        {
            return;
        }

        var cost = run.PredictionCost();
        var calls = $"{QualityFormat.Count(cost.CallsPerRound)} single-row predictions a round, {QualityFormat.Count(cost.CpuSeconds.Count)} rounds, in a loop of predictions only (no clock read inside), after the latency warm-up; median over rounds with its 95% interval from order statistics";
        var predictMeasured = cost.Joules is not null;
        var perCall = cost.Joules ?? cost.CpuSeconds.Select(s => EnergyModel.EstimateJoules(s, watts)).ToList();
        run.Set(QualityIds.EnergyPredict, FromRounds(QualityIds.EnergyPredict, perCall, 1000, $"joules per 1,000 predictions: {calls}; {source}") with { Estimated = !predictMeasured });
        run.Set(QualityIds.CostPredict, FromRounds(QualityIds.CostPredict, cost.CpuSeconds, EnergyModel.Cost(1e6, protocol.PricePerCpuHour), $"process CPU hours per million predictions x {Invariant.Number(protocol.PricePerCpuHour)} USD per CPU hour: {calls}"));
    }

    private static QualityValue FromRounds(string id, IReadOnlyList<double> perCall, double factor, string protocol)
    {
        var (median, lower, upper) = PredictionCost.Summary(perCall);
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
}
