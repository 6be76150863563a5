namespace Tradeoff.Core.Results;

/// <summary>The machine and software a run was measured on, so that a number can be trusted and compared.</summary>
public sealed record EnvironmentInfo
{
    /// <summary>Operating system description.</summary>
    public required string Os { get; init; }

    /// <summary>The kernel release (Linux: <c>/proc/sys/kernel/osrelease</c>); null in documents written before it was recorded.</summary>
    public string? Kernel { get; init; }

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

    /// <summary>The version of Tradeoff that measured (its informational version, with the commit).</summary>
    public string? ToolVersion { get; init; }

    /// <summary>Versions of Tradeoff and the libraries that produced the numbers (those loaded when the run ended).</summary>
    public IReadOnlyDictionary<string, string> Libraries { get; init; } = new Dictionary<string, string>();

    /// <summary>Thread settings that change timings: the threads a fit is given, OMP_* and MKL_* as native code sees them.</summary>
    public IReadOnlyDictionary<string, string> Threading { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Runtime settings that change timings: GC mode, the DOTNET_ and COMPlus_ knobs of the JIT and GC set in the
    /// process environment, and the runtime's AppContext switches (System.GC.Server, System.Runtime.TieredPGO...) that are set.
    /// </summary>
    public IReadOnlyDictionary<string, string> RuntimeSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>SHA-256 of each data file, by path.</summary>
    public IReadOnlyDictionary<string, string> DataSha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>The study's seed.</summary>
    public int Seed { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>
    /// The run's peak resident memory (managed and native): the process's high-water mark from its start to the run's
    /// end, data loading included; null when the system does not say or the run was not measured in one process.
    /// </summary>
    public long? PeakMemoryBytes { get; init; }

    /// <summary>Warnings every output must show (a Debug build, an unavailable energy counter, timings from different environments).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// What must match for two timings to be comparable, as a short hash (<see cref="EnvironmentFingerprint"/>): the
    /// machine, the software and the runtime and thread settings, not the times, the seed or the data.
    /// </summary>
    public string Fingerprint => EnvironmentFingerprint.Of(this);
}
