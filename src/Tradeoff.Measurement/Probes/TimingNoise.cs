using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// The run-to-run floor of timed figures. Rounds within one run vary less than two identical runs do (code layout,
/// which code the tiered compiler promoted when, the machine's other load): on this machine two identical runs of
/// every technique on iris, diabetes and credit-g differed by up to 8% in latency, throughput and energy per
/// prediction (docs/BENCHMARKS.md, measurement-truth). A decision must not rest on such a difference, so every timed
/// figure's interval is at least <see cref="Floor"/> of the figure on each side.
/// </summary>
internal static class TimingNoise
{
    public const double Floor = 0.10;

    public static readonly string[] Ids =
    [
        QualityIds.LatencyP50, QualityIds.LatencyP90, QualityIds.LatencyP99, QualityIds.Throughput, QualityIds.TrainTime, QualityIds.TrainCpuTime, QualityIds.EnergyTrain, QualityIds.EnergyPredict,
        QualityIds.Co2Train, QualityIds.CostTrain, QualityIds.CostPredict, QualityIds.IncrementalUpdateTime, QualityIds.IncrementalRetrainTime,
    ];

    public static void Widen(Dictionary<string, QualityValue> qualities)
    {
        foreach (var id in Ids)
        {
            if (qualities.TryGetValue(id, out var value) && value.IsAvailable && value.Value > 0)
            {
                qualities[id] = value with
                {
                    Lower = Math.Min(value.Lower ?? value.Value, value.Value * (1 - Floor)),
                    Upper = Math.Max(value.Upper ?? value.Value, value.Value * (1 + Floor)),
                    Protocol = value.Protocol + $"; interval at least {Invariant.Number(Floor * 100)}% either side, the difference two identical runs can show (docs/BENCHMARKS.md, measurement-truth)",
                };
            }
        }
    }
}
