using System.Collections;
using System.Globalization;
using System.Runtime;

namespace Tradeoff.Measurement;

/// <summary>The thread and runtime settings of this process that change timings, as the environment records them.</summary>
internal static class ProcessSettings
{
    // Listed whether set or not, so that a count set on one machine and left to the default on another is a difference.
    private static readonly string[] ThreadVariables = ["OMP_WAIT_POLICY", "OMP_NUM_THREADS", "MKL_NUM_THREADS"];
    private static readonly string[] ThreadPrefixes = ["OMP_", "MKL_"];
    private static readonly string[] KnobPrefixes = ["DOTNET_", "COMPlus_"];

    // The runtimeconfig.json switches of the JIT, the GC and the thread pool (learn.microsoft.com, "Runtime configuration
    // options"); AppContext cannot list what is set, so they are asked for by name.
    private static readonly string[] Switches =
    [
        "System.GC.Server", "System.GC.Concurrent", "System.GC.RetainVM", "System.GC.CpuGroup", "System.GC.HeapAffinitizeMask",
        "System.GC.HeapCount", "System.GC.HeapHardLimit", "System.GC.HeapHardLimitPercent", "System.GC.NoAffinitize",
        "System.GC.ConserveMemory", "System.GC.DynamicAdaptationMode",
        "System.Runtime.TieredCompilation", "System.Runtime.TieredCompilation.QuickJit", "System.Runtime.TieredCompilation.QuickJitForLoops",
        "System.Runtime.TieredPGO",
        "System.Threading.ThreadPool.MinThreads", "System.Threading.ThreadPool.MaxThreads", "System.Threading.Thread.UseAllCpuGroups",
    ];

    /// <summary>OMP_* and MKL_* of this process, as the C library sees them (native code reads that copy, which setenv may have changed).</summary>
    public static Dictionary<string, string> Threading() =>
        Threading(Variables().Keys, name => MachineInfo.NativeVariable(name) ?? Environment.GetEnvironmentVariable(name));

    /// <summary>
    /// The GC mode, the DOTNET_/COMPlus_ knobs and the AppContext switches of this process, and the C library
    /// allocator's thresholds (<c>malloc</c>: they decide whether libtorch's buffers are faulted in anew every step).
    /// </summary>
    public static Dictionary<string, string> Runtime()
    {
        var settings = Runtime(Variables(), AppContext.GetData, GCSettings.IsServerGC, GCSettings.LatencyMode != GCLatencyMode.Batch);
        settings["malloc"] = Core.NativeLibraries.AllocatorSetting;
        return settings;
    }

    /// <summary>The thread settings among <paramref name="names"/> (OMP_WAIT_POLICY, OMP_NUM_THREADS and MKL_NUM_THREADS always), read by <paramref name="read"/>.</summary>
    internal static Dictionary<string, string> Threading(IEnumerable<string> names, Func<string, string?> read)
    {
        var threading = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ThreadVariables.Concat(names.Where(n => ThreadPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal))).Order(StringComparer.Ordinal)))
        {
            threading[name] = read(name) ?? "(unset)";
        }

        return threading;
    }

    /// <summary>
    /// <c>gc</c> (server or workstation), <c>gc-concurrent</c>, every runtime knob among <paramref name="variables"/> and
    /// every switch <paramref name="appContext"/> has a value for.
    /// </summary>
    internal static Dictionary<string, string> Runtime(IReadOnlyDictionary<string, string> variables, Func<string, object?> appContext, bool serverGc, bool concurrentGc)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gc"] = serverGc ? "server" : "workstation",
            ["gc-concurrent"] = concurrentGc ? "on" : "off",
        };
        foreach (var (name, value) in variables.Where(v => IsRuntimeKnob(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            settings[name] = value;
        }

        foreach (var name in Switches)
        {
            if (appContext(name) is { } value)
            {
                settings[name] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return settings;
    }

    /// <summary>
    /// True for a knob of the runtime's JIT or GC (<c>DOTNET_TieredCompilation</c>, <c>COMPlus_gcServer</c>). Those names
    /// are camel-case, and the runtime reads them case-sensitively on Linux; the host's and the SDK's variables
    /// (<c>DOTNET_ROOT</c>, <c>DOTNET_CLI_TELEMETRY_OPTOUT</c>, <c>DOTNET_NOLOGO</c>) are all capitals and change no timing.
    /// </summary>
    internal static bool IsRuntimeKnob(string name)
    {
        var prefix = KnobPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        return prefix is not null && name.AsSpan(prefix.Length).ContainsAnyInRange('a', 'z');
    }

    private static Dictionary<string, string> Variables()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return variables;
    }
}
