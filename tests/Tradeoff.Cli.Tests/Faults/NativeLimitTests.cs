using System.Diagnostics;
using System.Text.Json;

namespace Tradeoff.Cli.Tests.Faults;

/// <summary>
/// Limits hold for native fits: a real network far too large for its memory limit, and one far too slow for its time
/// limit, are stopped at the limit in a child process, with the true peak, and this process never holds their
/// memory (issue 16, item 2: before, a 300 MB limit let it grow to 8 GB and a 2 s limit stopped it after 20.8 s).
/// </summary>
[Collection(nameof(TimingSensitive))]
public sealed class NativeLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-limits-").FullName;
    private JsonElement _selection;

    public NativeLimitTests() => File.Copy(Paths.Examples("weather/weather-seed.csv"), Path.Combine(_folder, "weather-seed.csv"));

    [Fact]
    public void Should_stop_a_network_at_its_memory_limit_in_a_child_and_report_its_true_peak()
    {
        // Given a network with two 20,000-wide layers (400 million weights, 1.6 GB before Adam's state) under 300 MB
        var peakBefore = OwnPeak();
        var technique = Run("""
            techniques: [baseline, { id: neural-network, hidden: [20000, 20000] }]
            protocol: { memory-limit: 300MB, qualities: [accuracy] }
            """, out var seconds);

        // Then it is over budget, stopped near the limit, with a true peak just past it, quickly
        Assert.Equal("over-budget", technique.GetProperty("status").GetString());
        var message = technique.GetProperty("message").GetString()!;
        Assert.Contains("memory limit of 300 MB passed by a fit on all 16 training rows, run apart in a child process", message, StringComparison.Ordinal);
        var peak = double.Parse(message.Split("its peak: ")[1].Split(" MB")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(peak, 300, 600);
        Assert.True(seconds < 60, $"took {seconds} s");

        // And it is eliminated with that reason, not ranked on nothing
        Assert.Contains(_selection.GetProperty("eliminated").EnumerateArray(), e => e.GetProperty("candidate").GetString() == "neural-network"
            && e.GetProperty("reasons")[0].GetString()!.StartsWith("over budget: memory limit", StringComparison.Ordinal));
        Assert.DoesNotContain(_selection.GetProperty("ranking").EnumerateArray(), r => r.GetProperty("candidate").GetString() == "neural-network");

        // And this process never held the network
        Assert.True(OwnPeak() - peakBefore < 2L << 30, $"this process grew by {(OwnPeak() - peakBefore) >> 20} MB");
    }

    [Fact]
    public void Should_stop_a_network_at_its_time_limit_for_real()
    {
        // Given a network whose fit takes far more than 2 s (2,000 epochs of two 4,000-wide layers) under a 2 s limit
        var technique = Run("""
            techniques: [baseline, { id: neural-network, hidden: [4000, 4000], epochs: 2000 }]
            protocol: { time-limit: 2s, qualities: [accuracy] }
            """, out var seconds);

        // Then it is stopped at the limit, not after the fit (alone, that fit takes minutes)
        Assert.Equal("over-budget", technique.GetProperty("status").GetString());
        Assert.Contains("time limit of 2 s passed", technique.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(seconds < 20, $"the run took {seconds} s");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private JsonElement Run(string rest, out double seconds)
    {
        var study = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(study, "name: limits\ndata: { train: weather-seed.csv, target: Play }\n" + rest);
        var json = Path.Combine(_folder, "results.json");
        var clock = Stopwatch.StartNew();
        var run = CliHarness.Run("run", study, "--fresh", "--json", json);
        seconds = clock.Elapsed.TotalSeconds;
        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        _selection = document.RootElement.Clone();
        return document.RootElement.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "neural-network").Clone();
    }

    private static long OwnPeak()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line[6..].Trim().Replace(" kB", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
