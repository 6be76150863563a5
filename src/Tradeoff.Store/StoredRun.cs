using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>Everything the store holds about one run, except the model bytes (see <see cref="IRunStore.LoadModel"/>).</summary>
public sealed record StoredRun
{
    /// <summary>The run id (<c>r0012</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What was measured and where.</summary>
    public required RunRecord Record { get; init; }

    /// <summary>Where the run stands; a running run whose owner is gone is <see cref="RunStatus.Interrupted"/>.</summary>
    public RunStatus Status { get; init; }

    /// <summary>The process that measures (or last measured) the run; null in stores written before owners were kept.</summary>
    public RunOwner? Owner { get; init; }

    /// <summary>The owner's last sign of life, by the store's clock.</summary>
    public DateTimeOffset? HeartbeatAt { get; init; }

    /// <summary>When it finished, was interrupted or failed; null while running.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The recommended technique instance, when the run got that far.</summary>
    public string? Recommended { get; init; }

    /// <summary>
    /// Every environment the run's techniques were measured in, by fingerprint: the one it started in and any a resumed
    /// run added. A technique taken from another run was measured in an environment with the same fingerprint.
    /// </summary>
    public IReadOnlyDictionary<string, EnvironmentInfo> Environments { get; init; } = new Dictionary<string, EnvironmentInfo>();

    /// <summary>Every technique result saved, in the order they were first saved.</summary>
    public IReadOnlyList<TechniqueResult> Techniques { get; init; } = [];

    /// <summary>The technique instances whose trained model was kept.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>The full results document given when the run finished; null before.</summary>
    public string? DocumentJson { get; init; }
}
