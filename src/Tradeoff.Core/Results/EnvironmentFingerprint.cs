using System.Globalization;
using System.Text;

namespace Tradeoff.Core.Results;

/// <summary>
/// The part of an environment that timings depend on, and its hash: two measurements are comparable only when their
/// fingerprints are equal. The times, the seed and the data hashes are left out (the study and data are compared
/// apart); so are the library versions, which follow from the Tradeoff version (central package versions).
/// </summary>
public static class EnvironmentFingerprint
{
    /// <summary>Hex digits kept of the SHA-256: short enough to read in a table, 64 bits against a chance collision.</summary>
    private const int Length = 16;

    /// <summary>
    /// The fields that must match, by the name a difference is reported under: OS, kernel, CPU, cores, memory, .NET,
    /// build, Tradeoff, then every thread and runtime setting under its own name (<c>DOTNET_TieredCompilation</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fields(EnvironmentInfo environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["OS"] = environment.Os,
            ["kernel"] = environment.Kernel ?? "unknown",
            ["CPU"] = environment.Cpu,
            ["cores"] = environment.Cores.ToString(CultureInfo.InvariantCulture),
            ["memory"] = environment.MemoryBytes.ToString(CultureInfo.InvariantCulture),
            [".NET"] = environment.Runtime,
            ["build"] = environment.Configuration,
            ["Tradeoff"] = environment.ToolVersion ?? "unknown",
        };
        foreach (var (name, value) in environment.Threading.Concat(environment.RuntimeSettings))
        {
            fields[name] = value;
        }

        return fields;
    }

    /// <summary>The fingerprint of <paramref name="environment"/>: the first 16 hex digits of the SHA-256 of its <see cref="Fields"/>.</summary>
    public static string Of(EnvironmentInfo environment)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Fields(environment))
        {
            // Tab and newline cannot occur in a setting's name, so no two field sets give the same text.
            text.Append(name).Append('\t').Append(value).Append('\n');
        }

        return ContentHash.OfText(text.ToString())[..Length];
    }

    /// <summary>The fields in which <paramref name="then"/> differs from <paramref name="now"/>, the machine first, then settings by name.</summary>
    public static IReadOnlyList<EnvironmentDifference> Differences(EnvironmentInfo then, EnvironmentInfo now)
    {
        var before = Fields(then);
        var after = Fields(now);
        return before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(name => before.GetValueOrDefault(name) != after.GetValueOrDefault(name))
            .OrderBy(MachineOrder).ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => new EnvironmentDifference(name, before.GetValueOrDefault(name), after.GetValueOrDefault(name)))
            .ToList();
    }

    /// <summary>The names of <paramref name="differences"/>, comma-separated: <c>DOTNET_TieredCompilation, CPU</c>.</summary>
    public static string Names(IEnumerable<EnvironmentDifference> differences) => string.Join(", ", differences.Select(d => d.Name));

    private static int MachineOrder(string name) => name switch
    {
        "CPU" => 0,
        "cores" => 1,
        "memory" => 2,
        "OS" => 3,
        "kernel" => 4,
        ".NET" => 5,
        "build" => 6,
        "Tradeoff" => 7,
        _ => 8,
    };
}
