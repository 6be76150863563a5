namespace Tradeoff.Core.Results;

/// <summary>
/// The provenance of a technique's measurements: which run measured them, when, and in which environment. A technique
/// taken from the store keeps the provenance of the run that measured it.
/// </summary>
public sealed record MeasuredIn
{
    /// <summary>The id of the run that measured it (<c>r0003</c>); null when that run was not kept in a store.</summary>
    public string? RunId { get; init; }

    /// <summary>When its measurement ended (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The <see cref="EnvironmentInfo.Fingerprint"/> of the environment it was measured in.</summary>
    public required string EnvironmentFingerprint { get; init; }
}
