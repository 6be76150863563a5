using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests.Faults;

/// <summary>
/// Outputs are checked before anything is measured: none replaces an input, a file path is not a folder (nor the
/// reverse), the folder can be written (issue 16, items 3 and 5).
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-outputs-").FullName;

    public OutputPathTests()
    {
        File.Copy(Paths.Examples("weather/weather-seed.csv"), Path.Combine(_folder, "weather-seed.csv"));
        File.Copy(Paths.Examples("weather/study.yaml"), Path.Combine(_folder, "study.yaml"));
        Directory.CreateDirectory(Path.Combine(_folder, "a-folder"));
        File.WriteAllText(Path.Combine(_folder, "a-file"), "keep me");
    }

    private string Study => Path.Combine(_folder, "study.yaml");

    private string Store => Path.Combine(_folder, ".tradeoff", "tradeoff.db");

    [Theory]
    [InlineData("--json", "weather-seed.csv", "would overwrite the data")]
    [InlineData("--json", "study.yaml", "would overwrite the study")]
    [InlineData("--json", ".tradeoff/tradeoff.db", "would overwrite the store")]
    [InlineData("--json", "a-folder", "is a folder")]
    [InlineData("--report", "a-file", "is a file")]
    [InlineData("--report", "a-file/reports", "is under a file")]
    public void Should_refuse_an_output_before_measuring_When_it_would_replace_an_input_or_is_of_the_wrong_kind(string option, string output, string expected)
    {
        // Given the study's files as they are
        var before = Snapshot();

        // When the run is asked to write over one of them, or into the wrong kind of path
        var run = CliHarness.Run("run", Study, option, Path.Combine(_folder, output));

        // Then it stops at once with one line naming the option and the path, measures nothing, and changes no file
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} {Path.Combine(_folder, output)}: {expected}", run.ErrorOutput, StringComparison.Ordinal);
        Assert.Single(run.ErrorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Store), "the run measured and stored before refusing");
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Should_refuse_an_output_before_measuring_When_it_would_replace_the_labels_file_read_with_the_images()
    {
        // Given a study of IDX images, whose labels file beside them the run reads too
        var idx = Path.Combine(_folder, "idx");
        IdxFiles.WritePair(idx, "train", 12, seed: 1);
        var study = Path.Combine(idx, "study.yaml");
        File.WriteAllText(study, "name: idx\ndata: { train: train-images-idx3-ubyte, target: label }\ntechniques: [baseline]\n");
        var labels = Path.Combine(idx, "train-labels-idx1-ubyte");
        var before = Snapshot();

        // When the results are to be written over the labels file
        var run = CliHarness.Run("run", study, "--json", labels);

        // Then it stops at once with one line naming the file, measures nothing, and the labels are unchanged
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --json {labels}: would overwrite the data; give another path", Assert.Single(run.ErrorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim());
        Assert.False(Directory.Exists(Path.Combine(idx, ".tradeoff")), "the run measured and stored before refusing");
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Should_refuse_an_output_that_reaches_an_input_through_a_link()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "results.json"), "weather-seed.csv");

        var run = CliHarness.Run("run", Study, "--json", Path.Combine(_folder, "results.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite the data", run.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_read_only_report_folder_before_measuring()
    {
        // Given a folder that nobody can write, not even root (a read-only mount)
        using var disk = TinyDisk.Mount("ro,size=64k");

        // When the reports are to go there
        var run = CliHarness.Run("run", Study, "--report", Path.Combine(disk.Path, "reports"));

        // Then the run stops before measuring, saying so
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--report {Path.Combine(disk.Path, "reports")}: cannot write into {disk.Path}", run.ErrorOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public void Should_refuse_a_report_that_would_overwrite_its_own_input_results()
    {
        // Given a results document to re-render
        var results = Path.Combine(_folder, "results.json");
        Assert.Equal(0, CliHarness.Run("run", Study, "--quick", "--json", results).ExitCode);
        var before = File.ReadAllText(results);

        // When the JSON report would be written over it
        var run = CliHarness.Run("report", results, "--format", "json", "--out", results);

        // Then that is refused and the file is unchanged
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite the results being reported", run.ErrorOutput, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(results));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
