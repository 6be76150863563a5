using Microsoft.Extensions.Time.Testing;
using Tradeoff.Core.Studies;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests;

public sealed class EnvironmentProbeTests
{
    [Fact]
    public void The_environment_names_the_machine_the_seed_the_start_and_the_data_hash()
    {
        // Given a data file holding "abc" and a fake clock
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "abc");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));
        try
        {
            // When this machine is captured
            var info = EnvironmentProbe.Default.Capture(new ProtocolSpec { Seed = 42 }, new Dictionary<string, string> { ["train"] = file }, time);

            // Then the hash is SHA-256("abc"), and the machine, its software and its settings are described
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", info.DataSha256["train"]);
            Assert.Equal(42, info.Seed);
            Assert.Equal(time.GetUtcNow(), info.StartedAt);
            Assert.Null(info.FinishedAt);
            Assert.Equal(Environment.ProcessorCount, info.Cores);
            Assert.True(info.MemoryBytes > 0);
            Assert.False(string.IsNullOrWhiteSpace(info.Cpu));
            Assert.False(string.IsNullOrWhiteSpace(info.Kernel));
            Assert.Contains(".NET", info.Runtime, StringComparison.Ordinal);
            Assert.StartsWith(typeof(EnvironmentProbe).Assembly.GetName().Version!.ToString(3), info.ToolVersion, StringComparison.Ordinal);
            Assert.Contains("Tradeoff.Measurement", info.Libraries.Keys);
            Assert.Contains("OMP_WAIT_POLICY", info.Threading.Keys);
            Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), info.Threading["fit-threads"]);
            Assert.Contains(info.RuntimeSettings["gc"], new[] { "server", "workstation" });
            Assert.Contains("malloc", info.RuntimeSettings.Keys);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_release_build_is_reported_as_release_without_warning()
    {
        // The test suite is always built with -c Release (see the helper brief); a Debug build flags itself.
        var info = EnvironmentProbe.Default.Capture(new ProtocolSpec { Seed = 1 }, new Dictionary<string, string>(), TimeProvider.System);
        var debug = EnvironmentProbe.IsDebug(typeof(EnvironmentProbe).Assembly);

        Assert.Equal(debug ? "Debug" : "Release", info.Configuration);
        Assert.Equal(debug, info.Warnings.Any(w => w.StartsWith("Debug build", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_describe_the_given_machine_with_the_protocol_s_threads_When_the_machine_is_injected()
    {
        // Given a probe over a fixed machine and a protocol that pins 1 thread per fit
        var machine = TestMachine.Environment(("DOTNET_TieredCompilation", "0"));
        var probe = new EnvironmentProbe(() => machine);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));

        // When captured, then finished later with a warning
        var captured = probe.Capture(new ProtocolSpec { Seed = 7, Threads = 1 }, new Dictionary<string, string>(), time);
        var finished = probe.Finish(captured, time.GetUtcNow().AddMinutes(2), ["energy is an estimate"]);

        // Then the machine is the given one, with the pinned thread count, seed and start; the fingerprint does not move at the end
        Assert.Equal(machine.Cpu, captured.Cpu);
        Assert.Equal("0", captured.RuntimeSettings["DOTNET_TieredCompilation"]);
        Assert.Equal("1", captured.Threading["fit-threads"]);
        Assert.Equal(7, captured.Seed);
        Assert.Equal(time.GetUtcNow(), captured.StartedAt);
        Assert.Equal(captured.Fingerprint, finished.Fingerprint);
        Assert.Equal(time.GetUtcNow().AddMinutes(2), finished.FinishedAt);
        Assert.Equal(["energy is an estimate"], finished.Warnings);
        Assert.Equal(machine.Libraries, finished.Libraries);
    }

    [Fact]
    public void Should_differ_in_fit_threads_When_the_same_machine_runs_with_another_thread_count()
    {
        var probe = new EnvironmentProbe(() => TestMachine.Environment());
        var files = new Dictionary<string, string>();

        var all = probe.Capture(new ProtocolSpec(), files, TimeProvider.System);
        var one = probe.Capture(new ProtocolSpec { Threads = 1 }, files, TimeProvider.System);

        Assert.Equal("2", all.Threading["fit-threads"]);
        Assert.NotEqual(all.Fingerprint, one.Fingerprint);
    }
}
