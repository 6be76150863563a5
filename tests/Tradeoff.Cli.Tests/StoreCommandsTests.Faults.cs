using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>Faults: a store that is damaged, or a store location that is no file of its own, stops a command with one line and exit 2.</summary>
public sealed partial class StoreCommandsTests
{
    [Fact]
    public void Should_exit_2_naming_the_store_for_every_command_When_its_pages_are_damaged()
    {
        // Given a store with a run, damaged in its middle (its header intact)
        var study = Paths.Examples("weather/study.yaml");
        var written = CliHarness.Run("run", study, "--store", Store, "--quick");
        Assert.True(written.ExitCode == 0, written.ErrorOutput);
        FileDamage.OverwriteMiddle(Store);

        // When each command that reads the store runs on it
        var commands = new[]
        {
            CliHarness.Run("run", study, "--store", Store, "--quick"),
            CliHarness.Run("show", "latest", "--store", Store),
            CliHarness.Run("report", "latest", "--format", "json", "--out", Path.Combine(_folder, "out.json"), "--store", Store),
            CliHarness.Run("compare", "r1", "r1", "--store", Store),
        };

        // Then each exits 2 with one line naming the store and suggesting another
        Assert.All(commands, command =>
        {
            Assert.True(command.ExitCode == 2, command.ErrorOutput);
            Assert.Contains(Store + ": the store is damaged", command.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
            Assert.Contains("--store", command.ErrorOutput, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Should_refuse_the_store_and_write_nothing_beside_it_When_it_is_not_a_regular_file()
    {
        // Given a store path that is a device
        var journalBefore = File.Exists("/dev/null-journal");

        // When a study runs into it and the runs are listed from it
        var run = CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--store", "/dev/null", "--quick");
        var runs = CliHarness.Run("runs", "--store", "/dev/null");

        // Then both are refused with one line, and no journal file appears beside the device
        Assert.All(new[] { run, runs }, command =>
        {
            Assert.True(command.ExitCode == 2, command.ErrorOutput);
            Assert.Contains("/dev/null: not a regular file", command.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        });
        Assert.Equal(journalBefore, File.Exists("/dev/null-journal"));
    }

    [Theory]
    [InlineData("mysql://db/runs", "'mysql' stores are not supported yet")]
    public void Should_say_the_kind_of_store_is_not_supported_yet_When_the_store_is_a_url(string store, string message)
    {
        var runs = CliHarness.Run("runs", "--store", store);

        Assert.Equal(2, runs.ExitCode);
        Assert.Contains(message, runs.ErrorOutput.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_open_the_same_store_When_it_is_named_with_the_sqlite_scheme()
    {
        // Given a store written through its plain path
        var written = CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--store", Store, "--quick");
        Assert.True(written.ExitCode == 0, written.ErrorOutput);

        // When it is listed as sqlite:PATH
        var runs = CliHarness.Run("runs", "--store", "sqlite:" + Store);

        // Then the run is there
        Assert.True(runs.ExitCode == 0, runs.ErrorOutput);
        Assert.Contains("r0001", runs.Output, StringComparison.Ordinal);
    }
}
