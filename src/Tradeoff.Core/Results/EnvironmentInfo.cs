namespace Tradeoff.Core.Results;

/// <summary>The machine and software a run was measured on, so that a number can be trusted and compared.</summary>
public sealed record EnvironmentInfo
{
    /// <summary>Operating system description.</summary>
    public required string Os { get; init; }

    /// <summary>CPU model name.</summary>
    public required string Cpu { get; init; }

    /// <summary>Logical cores available to the process.</summary>
    public int Cores { get; init; }

    /// <summary>Physical memory in bytes.</summary>
    public long MemoryBytes { get; init; }

    /// <summary>.NET runtime description.</summary>
    public required string Runtime { get; init; }

    /// <summary>Release or Debug; Debug numbers are not to be trusted.</summary>
    public required string Configuration { get; init; }

    /// <summary>Versions of Tradeoff and the libraries that produced the numbers.</summary>
    public IReadOnlyDictionary<string, string> Libraries { get; init; } = new Dictionary<string, string>();

    /// <summary>Thread and native settings that change timings (OMP_WAIT_POLICY, thread counts).</summary>
    public IReadOnlyDictionary<string, string> Threading { get; init; } = new Dictionary<string, string>();

    /// <summary>SHA-256 of each data file, by path.</summary>
    public IReadOnlyDictionary<string, string> DataSha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>The study's seed.</summary>
    public int Seed { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Warnings every output must show (a Debug build, an unavailable energy counter).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
