using Microsoft.Extensions.Time.Testing;

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
            // When captured
            var info = EnvironmentProbe.Capture(42, new Dictionary<string, string> { ["train"] = file }, time);

            // Then the hash is SHA-256("abc"), and the machine is described
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", info.DataSha256["train"]);
            Assert.Equal(42, info.Seed);
            Assert.Equal(time.GetUtcNow(), info.StartedAt);
            Assert.Null(info.FinishedAt);
            Assert.Equal(Environment.ProcessorCount, info.Cores);
            Assert.True(info.MemoryBytes > 0);
            Assert.False(string.IsNullOrWhiteSpace(info.Cpu));
            Assert.Contains(".NET", info.Runtime, StringComparison.Ordinal);
            Assert.Contains("Tradeoff.Measurement", info.Libraries.Keys);
            Assert.Contains("OMP_WAIT_POLICY", info.Threading.Keys);
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
        var info = EnvironmentProbe.Capture(1, new Dictionary<string, string>(), TimeProvider.System);
        var debug = EnvironmentProbe.IsDebug(typeof(EnvironmentProbe).Assembly);

        Assert.Equal(debug ? "Debug" : "Release", info.Configuration);
        Assert.Equal(debug, info.Warnings.Any(w => w.StartsWith("Debug build", StringComparison.Ordinal)));
    }
}
