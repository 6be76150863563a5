using Tradeoff.Core.Results;

namespace Tradeoff.Testing;

/// <summary>A fixed machine and process, so that tests of the environment fingerprint never read the real one.</summary>
public static class TestMachine
{
    /// <summary>The machine, with <paramref name="runtimeSettings"/> added to its GC mode (<c>("DOTNET_TieredCompilation", "0")</c>).</summary>
    public static EnvironmentInfo Environment(params (string Name, string Value)[] runtimeSettings)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["gc"] = "workstation", ["gc-concurrent"] = "on" };
        foreach (var (name, value) in runtimeSettings)
        {
            settings[name] = value;
        }

        return new EnvironmentInfo
        {
            Os = "Debian GNU/Linux 12 (bookworm)",
            Kernel = "6.1.0-18-amd64",
            Cpu = "Test CPU @ 2.0GHz",
            Cores = 2,
            MemoryBytes = 8_000_000_000,
            Runtime = ".NET 10.0.0 linux-x64",
            Configuration = "Release",
            ToolVersion = "0.1.0+test",
            Libraries = new Dictionary<string, string> { ["Tradeoff.Core"] = "0.1.0+test" },
            Threading = new Dictionary<string, string> { ["OMP_WAIT_POLICY"] = "PASSIVE", ["OMP_NUM_THREADS"] = "(unset)" },
            RuntimeSettings = settings,
            Seed = 42,
            StartedAt = new DateTimeOffset(2026, 11, 26, 9, 30, 15, TimeSpan.Zero),
        };
    }
}
