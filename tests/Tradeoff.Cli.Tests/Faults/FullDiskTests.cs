namespace Tradeoff.Cli.Tests.Faults;

/// <summary>
/// A full disk while the reports are written: one line naming the file and the reason, exit 2, no truncated file,
/// the earlier report kept whole, and the run safe in the store (issue 16, item 5).
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-full-").FullName;

    [Fact]
    public void Should_say_the_disk_is_full_keep_the_earlier_report_whole_and_keep_the_run_in_the_store()
    {
        // Given a 64 KB disk that holds an earlier report, too small for the new reports
        using var disk = TinyDisk.Mount("size=64k");
        var reports = Path.Combine(disk.Path, "reports");
        Directory.CreateDirectory(reports);
        const string earlier = "<html>the earlier report</html>";
        File.WriteAllText(Path.Combine(reports, "report.html"), earlier);
        var store = Path.Combine(_folder, "tradeoff.db");

        // When a run writes its reports there
        var run = CliHarness.Run("run", "--data", Paths.Examples("weather/weather-seed.csv"), "--techniques", "baseline,one-rule", "--quick", "--store", store, "--report", reports);

        // Then it says so in one line, with the file and how to render the kept run later
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write: No space left on device", run.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains($"the run is kept as r0001 in {store}: tradeoff report r0001 --store {store}", run.ErrorOutput, StringComparison.Ordinal);

        // And no file is left half-written: the earlier report is whole, no temporary file remains
        Assert.Equal(earlier, File.ReadAllText(Path.Combine(reports, "report.html")));
        Assert.Empty(Directory.EnumerateFiles(reports, "*.tmp"));
        Assert.Empty(Directory.EnumerateFiles(reports, ".*"));

        // And the run is finished in the store, so the reports can be rendered once there is room
        var show = CliHarness.Run("show", "r0001", "--store", store);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("finished", show.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
