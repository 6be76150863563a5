using Tradeoff.Core.Results;
using Tradeoff.Testing;

namespace Tradeoff.Core.Tests.Results;

public sealed class EnvironmentFingerprintTests
{
    [Fact]
    public void Should_keep_the_fingerprint_When_only_the_times_seed_data_libraries_or_warnings_change()
    {
        var yesterday = TestMachine.Environment();
        var today = yesterday with
        {
            StartedAt = yesterday.StartedAt.AddDays(1),
            FinishedAt = yesterday.StartedAt.AddDays(1).AddMinutes(3),
            Seed = 7,
            DataSha256 = new Dictionary<string, string> { ["train"] = "ab12" },
            Libraries = new Dictionary<string, string> { ["Microsoft.ML.Core"] = "5.0.1" },
            Warnings = ["energy is an estimate"],
        };

        Assert.Equal(yesterday.Fingerprint, today.Fingerprint);
        Assert.Empty(EnvironmentFingerprint.Differences(yesterday, today));
    }

    [Fact]
    public void Should_change_the_fingerprint_and_name_the_setting_When_a_runtime_setting_differs()
    {
        // Given the same machine with tiered compilation switched off the second time
        var before = TestMachine.Environment();
        var after = TestMachine.Environment(("DOTNET_TieredCompilation", "0"));

        // Then the fingerprints differ and the difference says what it was and is
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        var difference = Assert.Single(EnvironmentFingerprint.Differences(before, after));
        Assert.Equal(new EnvironmentDifference("DOTNET_TieredCompilation", null, "0"), difference);
        Assert.Equal("DOTNET_TieredCompilation unset (now 0)", difference.ToString());
        Assert.Equal("DOTNET_TieredCompilation=0 (now unset)", Assert.Single(EnvironmentFingerprint.Differences(after, before)).ToString());
    }

    [Theory]
    [InlineData("Cpu")]
    [InlineData("Cores")]
    [InlineData("MemoryBytes")]
    [InlineData("Os")]
    [InlineData("Kernel")]
    [InlineData("Runtime")]
    [InlineData("Configuration")]
    [InlineData("ToolVersion")]
    [InlineData("Threading")]
    public void Should_change_the_fingerprint_When_the_machine_or_software_differs(string field)
    {
        var machine = TestMachine.Environment();
        var other = field switch
        {
            "Cpu" => machine with { Cpu = "Other CPU" },
            "Cores" => machine with { Cores = 4 },
            "MemoryBytes" => machine with { MemoryBytes = 16_000_000_000 },
            "Os" => machine with { Os = "Ubuntu 24.04" },
            "Kernel" => machine with { Kernel = "6.8.0" },
            "Runtime" => machine with { Runtime = ".NET 10.0.1 linux-x64" },
            "Configuration" => machine with { Configuration = "Debug" },
            "ToolVersion" => machine with { ToolVersion = "0.2.0" },
            _ => machine with { Threading = new Dictionary<string, string> { ["OMP_WAIT_POLICY"] = "ACTIVE", ["OMP_NUM_THREADS"] = "(unset)" } },
        };

        Assert.NotEqual(machine.Fingerprint, other.Fingerprint);
        Assert.Single(EnvironmentFingerprint.Differences(machine, other));
    }

    [Fact]
    public void Should_list_the_machine_before_the_settings_When_several_fields_differ()
    {
        var before = TestMachine.Environment();
        var after = TestMachine.Environment(("DOTNET_TieredCompilation", "0")) with { Cpu = "Other CPU" };

        Assert.Equal("CPU, DOTNET_TieredCompilation", EnvironmentFingerprint.Names(EnvironmentFingerprint.Differences(before, after)));
    }

    [Fact]
    public void The_fingerprint_is_sixteen_lower_case_hex_digits() =>
        Assert.Matches("^[0-9a-f]{16}$", TestMachine.Environment().Fingerprint);
}
