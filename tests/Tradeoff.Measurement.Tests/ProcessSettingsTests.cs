namespace Tradeoff.Measurement.Tests;

public sealed class ProcessSettingsTests
{
    [Theory]
    [InlineData("DOTNET_TieredCompilation", true)]
    [InlineData("DOTNET_TieredPGO", true)]
    [InlineData("DOTNET_ReadyToRun", true)]
    [InlineData("DOTNET_TC_QuickJitForLoops", true)]
    [InlineData("DOTNET_gcServer", true)]
    [InlineData("DOTNET_GCgen0size", true)]
    [InlineData("COMPlus_TieredCompilation", true)]
    [InlineData("DOTNET_CLI_TELEMETRY_OPTOUT", false)]
    [InlineData("DOTNET_NOLOGO", false)]
    [InlineData("DOTNET_ROOT", false)]
    [InlineData("DOTNET_", false)]
    [InlineData("OMP_NUM_THREADS", false)]
    [InlineData("PATH", false)]
    public void Should_tell_a_runtime_knob_from_the_host_s_and_the_SDK_s_variables(string name, bool knob) =>
        Assert.Equal(knob, ProcessSettings.IsRuntimeKnob(name));

    [Fact]
    public void Should_record_the_gc_mode_the_knobs_set_and_the_switches_set()
    {
        // Given a process environment with a JIT knob, an SDK variable, and runtimeconfig switches
        var variables = new Dictionary<string, string>
        {
            ["DOTNET_TieredCompilation"] = "0",
            ["DOTNET_NOLOGO"] = "1",
            ["COMPlus_gcConcurrent"] = "0",
            ["HOME"] = "/root",
        };
        var switches = new Dictionary<string, object> { ["System.Runtime.TieredPGO"] = true, ["System.GC.HeapCount"] = 4 };

        // When the runtime settings are read
        var settings = ProcessSettings.Runtime(variables, name => switches.GetValueOrDefault(name), serverGc: true, concurrentGc: false);

        // Then the knobs and switches are there, and nothing else
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["gc"] = "server",
                ["gc-concurrent"] = "off",
                ["COMPlus_gcConcurrent"] = "0",
                ["DOTNET_TieredCompilation"] = "0",
                ["System.GC.HeapCount"] = "4",
                ["System.Runtime.TieredPGO"] = "True",
            },
            settings);
    }

    [Fact]
    public void Should_list_the_main_thread_variables_unset_and_every_other_OMP_or_MKL_variable_set()
    {
        var values = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = "2", ["OMP_PROC_BIND"] = "true" };

        var threading = ProcessSettings.Threading(["OMP_NUM_THREADS", "OMP_PROC_BIND", "HOME"], name => values.GetValueOrDefault(name));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["OMP_WAIT_POLICY"] = "(unset)",
                ["OMP_NUM_THREADS"] = "2",
                ["MKL_NUM_THREADS"] = "(unset)",
                ["OMP_PROC_BIND"] = "true",
            },
            threading);
    }
}
