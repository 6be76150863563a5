using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Probes;

/// <summary>How single-row latency is sampled: the minimum calls, the soft and hard caps, the warm-up.</summary>
internal sealed record LatencyPlan(int MinSamples, TimeSpan TimeCap, TimeSpan HardCap, WarmUpSpec WarmUp);
