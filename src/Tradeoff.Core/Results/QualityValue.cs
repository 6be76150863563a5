using Tradeoff.Core.Qualities;

namespace Tradeoff.Core.Results;

/// <summary>
/// One measured quality of one technique: the value with its unit and direction, its spread and 95% interval
/// where it has them, how many samples it rests on, the protocol that produced it and the raw samples.
/// A quality that cannot be measured here carries <see cref="NotAvailable"/> and a NaN value, never an invented one.
/// </summary>
public sealed record QualityValue
{
    /// <summary>The value in <see cref="Unit"/>; NaN when not available.</summary>
    public required double Value { get; init; }

    /// <summary>The unit (see <see cref="QualityDescriptor.Unit"/>).</summary>
    public required string Unit { get; init; }

    /// <summary>Which way it improves.</summary>
    public Direction Direction { get; init; }

    /// <summary>Standard deviation of the samples, where there are several.</summary>
    public double? Std { get; init; }

    /// <summary>Lower end of the 95% interval.</summary>
    public double? Lower { get; init; }

    /// <summary>Upper end of the 95% interval.</summary>
    public double? Upper { get; init; }

    /// <summary>How many samples the value rests on.</summary>
    public int? SampleCount { get; init; }

    /// <summary>One line that says how it was measured.</summary>
    public string? Protocol { get; init; }

    /// <summary>The raw samples (fold scores, fit times, latencies), kept for later statistics.</summary>
    public IReadOnlyList<double>? Samples { get; init; }

    /// <summary>True when the value is an estimate (energy without RAPL counters), false when measured.</summary>
    public bool Estimated { get; init; }

    /// <summary>
    /// The value as the study declares it (<c>high</c>, <c>$1,200</c>) for a declared quality, which is exact and never
    /// measured; null for a measured one.
    /// </summary>
    public string? Declared { get; init; }

    /// <summary>When set, why the quality could not be measured; <see cref="Value"/> is then NaN.</summary>
    public string? NotAvailable { get; init; }

    /// <summary>A short verdict beside the value: significance against the best technique, an inconclusive percentile.</summary>
    public string? Note { get; init; }

    /// <summary>Named figures that belong to this quality (per-group rates, curve points).</summary>
    public IReadOnlyDictionary<string, double>? Details { get; init; }

    /// <summary>True when there is a value.</summary>
    public bool IsAvailable => NotAvailable is null && !double.IsNaN(Value);

    /// <summary>A quality that cannot be measured here, with the reason.</summary>
    public static QualityValue Unavailable(string unit, string reason) => new() { Value = double.NaN, Unit = unit, NotAvailable = reason };
}
