using System.Text.Json.Serialization;

namespace Tradeoff.Core.Results;

/// <summary>Everything measured for one technique instance.</summary>
public sealed record TechniqueResult
{
    /// <summary>The instance name, unique in the run (the technique id unless the study names it); <c>id</c> in JSON.</summary>
    [JsonPropertyName("id")]
    public required string Name { get; init; }

    /// <summary>The technique id; <c>technique</c> in JSON.</summary>
    [JsonPropertyName("technique")]
    public required string TechniqueId { get; init; }

    /// <summary>The settings the study gave (defaults are not repeated).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The capability ids that hold.</summary>
    public IReadOnlyList<string> Capabilities { get; init; } = [];

    /// <summary>Measured, not trained, failed...</summary>
    public TechniqueStatus Status { get; init; } = TechniqueStatus.Measured;

    /// <summary>Why it was not trained, failed or is unavailable.</summary>
    public string? Message { get; init; }

    /// <summary>The measured qualities by quality id.</summary>
    public IReadOnlyDictionary<string, QualityValue> Qualities { get; init; } = new Dictionary<string, QualityValue>();

    /// <summary>How the settings were tuned, or null when the study's settings were used as given.</summary>
    public TuningResult? Tuning { get; init; }

    /// <summary>
    /// Which run measured it, when and in which environment; null when nothing was measured (not trained,
    /// unavailable) and in documents written before provenance was recorded.
    /// </summary>
    public MeasuredIn? MeasuredIn { get; init; }

    /// <summary>Seconds spent measuring each quality (so users see what the protocol costs).</summary>
    public IReadOnlyDictionary<string, double> MeasurementSeconds { get; init; } = new Dictionary<string, double>();
}
