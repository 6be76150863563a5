using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>What a run measures and where: written once, when the run starts.</summary>
public sealed record RunRecord
{
    /// <summary>The study's name.</summary>
    public required string StudyName { get; init; }

    /// <summary>The exact text of the study file; null for an ad hoc run.</summary>
    public string? StudyText { get; init; }

    /// <summary>SHA-256 of the study text (or of the ad hoc options), lower-case hex: with the data hashes, the key of resume and caching.</summary>
    public required string StudySha256 { get; init; }

    /// <summary>SHA-256 of each data file, by label (<c>train</c>, <c>test</c>).</summary>
    public IReadOnlyDictionary<string, string> DataSha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>The machine and software of the run.</summary>
    public required EnvironmentInfo Environment { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The version of Tradeoff that ran it.</summary>
    public required string ToolVersion { get; init; }
}
