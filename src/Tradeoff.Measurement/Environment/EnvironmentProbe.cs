using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;

// The public entry point lives in the root namespace: a Tradeoff.Measurement.Environment namespace would hide
// System.Environment from every file of the project.
namespace Tradeoff.Measurement;

/// <summary>
/// Captures the machine, software, settings and data a run is measured on (BenchmarkDotNet's environment summary),
/// once per run: the runner and the store use the same capture, so the fingerprint a measurement is stamped with is
/// the one reuse is decided by.
/// </summary>
public sealed class EnvironmentProbe
{
    private static readonly string[] LibraryPrefixes = ["Tradeoff", "Microsoft.ML", "TorchSharp", "MathNet.Numerics", "LightGBM"];

    private readonly Func<EnvironmentInfo> _machine;
    private readonly Func<EnvironmentInfo, IReadOnlyDictionary<string, string>> _libraries;

    /// <summary>
    /// A probe that describes a given machine rather than this one (tests, another runtime setting):
    /// <paramref name="machine"/> gives everything but the fit threads, the seed, the data hashes and the times.
    /// </summary>
    public EnvironmentProbe(Func<EnvironmentInfo> machine)
        : this(machine, captured => captured.Libraries)
    {
    }

    private EnvironmentProbe(Func<EnvironmentInfo> machine, Func<EnvironmentInfo, IReadOnlyDictionary<string, string>> libraries)
    {
        ArgumentNullException.ThrowIfNull(machine);
        _machine = machine;
        _libraries = libraries;
    }

    /// <summary>The probe of this machine and process.</summary>
    public static EnvironmentProbe Default { get; } = new(ReadMachine, _ => Libraries(AppDomain.CurrentDomain.GetAssemblies()));

    /// <summary>
    /// Describes the machine now (OS, kernel, CPU, cores, memory, runtime, build configuration with a warning when a
    /// Tradeoff assembly is a Debug build, Tradeoff and library versions, thread and runtime settings), with the threads
    /// every fit is given under <paramref name="protocol"/>, its seed and the SHA-256 of each data file
    /// (<paramref name="dataFiles"/>: label to path). <see cref="EnvironmentInfo.FinishedAt"/> is set by <see cref="Finish"/>.
    /// </summary>
    public EnvironmentInfo Capture(ProtocolSpec protocol, IReadOnlyDictionary<string, string> dataFiles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(dataFiles);
        ArgumentNullException.ThrowIfNull(time);
        var machine = _machine();
        // The engine gives every fit this many threads (FitContext.Threads): a pinned count, part of what timings depend on.
        var fitThreads = protocol.Threads > 0 ? protocol.Threads : machine.Cores;
        return machine with
        {
            Threading = new Dictionary<string, string>(machine.Threading, StringComparer.Ordinal) { ["fit-threads"] = fitThreads.ToString(CultureInfo.InvariantCulture) },
            DataSha256 = dataFiles.ToDictionary(f => f.Key, f => ContentHash.OfFile(f.Value), StringComparer.Ordinal),
            Seed = protocol.Seed,
            StartedAt = time.GetUtcNow(),
            FinishedAt = null,
        };
    }

    /// <summary>
    /// The environment of a run that has ended: <paramref name="captured"/> with its finish time, the run's
    /// <paramref name="warnings"/> added, and the libraries loaded by now (a technique's library loads with its first fit,
    /// after the capture). Nothing the fingerprint depends on is read again.
    /// </summary>
    public EnvironmentInfo Finish(EnvironmentInfo captured, DateTimeOffset finishedAt, IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(captured);
        ArgumentNullException.ThrowIfNull(warnings);
        return captured with
        {
            Libraries = _libraries(captured),
            FinishedAt = finishedAt,
            Warnings = [.. captured.Warnings, .. warnings],
        };
    }

    internal static bool IsDebug(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;

    private static EnvironmentInfo ReadMachine()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies();
        var debug = assemblies.Where(a => a.GetName().Name?.StartsWith("Tradeoff", StringComparison.Ordinal) == true && IsDebug(a))
            .Select(a => a.GetName().Name!).Order(StringComparer.Ordinal).ToList();
        var warnings = new List<string>();
        if (debug.Count > 0)
        {
            warnings.Add($"Debug build ({string.Join(", ", debug)}): the JIT optimizer is disabled, timings are not to be trusted; build with -c Release.");
        }

        return new EnvironmentInfo
        {
            Os = RuntimeInformation.OSDescription,
            Kernel = MachineInfo.Kernel(),
            Cpu = MachineInfo.CpuModel(),
            Cores = System.Environment.ProcessorCount,
            MemoryBytes = MachineInfo.MemoryBytes(),
            Runtime = $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.RuntimeIdentifier}",
            Configuration = debug.Count > 0 ? "Debug" : "Release",
            ToolVersion = typeof(EnvironmentProbe).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            Libraries = Libraries(assemblies),
            Threading = ProcessSettings.Threading(),
            RuntimeSettings = ProcessSettings.Runtime(),
            Warnings = warnings,
        };
    }

    private static Dictionary<string, string> Libraries(Assembly[] assemblies)
    {
        var libraries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var name = assembly.GetName();
            if (name.Name is { } n && LibraryPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))
            {
                libraries[n] = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                    ?? name.Version?.ToString() ?? "unknown";
            }
        }

        return new Dictionary<string, string>(libraries, StringComparer.Ordinal);
    }
}
