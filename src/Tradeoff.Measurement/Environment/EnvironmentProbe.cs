using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Tradeoff.Core.Results;

// The public entry point lives in the root namespace: a Tradeoff.Measurement.Environment namespace would hide
// System.Environment from every file of the project.
namespace Tradeoff.Measurement;

/// <summary>Captures the machine, software and data a run is measured on (BenchmarkDotNet's environment summary).</summary>
public static class EnvironmentProbe
{
    private static readonly string[] LibraryPrefixes = ["Tradeoff", "Microsoft.ML", "TorchSharp", "MathNet.Numerics", "LightGBM"];
    private static readonly string[] ThreadVariables = ["OMP_WAIT_POLICY", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "DOTNET_gcServer", "DOTNET_TieredPGO", "DOTNET_TieredCompilation"];

    /// <summary>
    /// Describes this machine and process now: OS, CPU, cores, memory, runtime, build configuration (with a
    /// warning when a Tradeoff assembly is a Debug build), library versions, thread settings, the seed and
    /// the SHA-256 of each data file (<paramref name="dataFiles"/>: label to path).
    /// <see cref="EnvironmentInfo.FinishedAt"/> is left for the caller to set when the run ends.
    /// </summary>
    public static EnvironmentInfo Capture(int seed, IReadOnlyDictionary<string, string> dataFiles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dataFiles);
        ArgumentNullException.ThrowIfNull(time);
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
            Cpu = MachineInfo.CpuModel(),
            Cores = System.Environment.ProcessorCount,
            MemoryBytes = MachineInfo.MemoryBytes(),
            Runtime = $"{RuntimeInformation.FrameworkDescription} {RuntimeInformation.RuntimeIdentifier}",
            Configuration = debug.Count > 0 ? "Debug" : "Release",
            Libraries = Libraries(assemblies),
            Threading = Threading(),
            DataSha256 = dataFiles.ToDictionary(f => f.Key, f => Sha256(f.Value), StringComparer.Ordinal),
            Seed = seed,
            StartedAt = time.GetUtcNow(),
            Warnings = warnings,
        };
    }

    internal static bool IsDebug(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;

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

    private static Dictionary<string, string> Threading()
    {
        var threading = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["processor-count"] = System.Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gc"] = GCSettings.IsServerGC ? "server" : "workstation",
        };
        foreach (var variable in ThreadVariables)
        {
            // Native libraries read the C environment, which setenv may have changed without the managed copy knowing.
            var value = MachineInfo.NativeVariable(variable) ?? System.Environment.GetEnvironmentVariable(variable);
            threading[variable] = value ?? "(unset)";
        }

        return threading;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
