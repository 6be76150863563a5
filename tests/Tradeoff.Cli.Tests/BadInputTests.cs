namespace Tradeoff.Cli.Tests;

/// <summary>Every kind of bad input gets one line naming the file (and place), exit code 2, and no stack trace.</summary>
public sealed class BadInputTests
{
    private static string Malformed(string file) => Path.Combine(Paths.Root, "tests", "data", "malformed", file);

    [Theory]
    [InlineData("empty.csv", "empty")]
    [InlineData("header-only.csv", "no data rows")]
    [InlineData("ragged.csv", ":3")]
    [InlineData("unterminated-quote.csv", "quote")]
    [InlineData("bad-number.arff", ":6")]
    [InlineData("bad-level.arff", "'c'")]
    [InlineData("string-attribute.arff", "comment")]
    [InlineData("binary.csv", "binary")]
    [InlineData("single-class.csv", "single class")]
    [InlineData("infinity.csv", "not a finite number")]
    [InlineData("overflow.arff", ":6:1")]
    [InlineData("one-column.csv", "at least one feature")]
    [InlineData("one-row.csv", "at least 2 rows")]
    public void Should_fail_with_one_line_naming_the_file_When_the_data_are_bad(string file, string expected)
    {
        var run = CliHarness.Run("run", "--data", Malformed(file));

        Assert.Equal(2, run.ExitCode);
        AssertOneLineNaming(run, file, expected);
    }

    [Fact]
    public void Should_fail_with_exit_code_2_When_the_file_is_missing()
    {
        var run = CliHarness.Run("run", "--data", Malformed("no-such-file.csv"));

        Assert.Equal(2, run.ExitCode);
        AssertOneLineNaming(run, "no-such-file.csv", "not found");
    }

    [Fact]
    public void Should_name_the_columns_When_the_target_is_absent()
    {
        var run = CliHarness.Run("run", "--data", Malformed("tiny.csv"), "--target", "species");

        Assert.Equal(2, run.ExitCode);
        AssertOneLineNaming(run, "tiny.csv", "'species' is absent");
    }

    [Theory]
    [InlineData("unknown-technique.yaml", "did you mean 'decision-tree'")]
    [InlineData("unknown-quality.yaml", "did you mean 'accuracy'")]
    [InlineData("yaml-syntax.yaml", "yaml-syntax.yaml:")]
    public void Should_point_at_the_line_When_a_study_is_bad(string file, string expected)
    {
        var run = CliHarness.Run("run", Malformed(file));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file + ":", run.ErrorOutput, StringComparison.Ordinal);
        Assert.Contains(expected, run.ErrorOutput, StringComparison.Ordinal);

        Assert.DoesNotContain("   at ", run.ErrorOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setting-out-of-range.yaml", "4:36: technique 'k-nearest-neighbours' (k-nearest-neighbours): setting 'k' is '-3'; expected an integer from 1 to 2147483647")]
    [InlineData("layer-out-of-range.yaml", "5:13: technique 'neural-network' (neural-network): setting 'hidden' is '[0]'; expected a list of positive integers such as [300, 100]")]
    public void Should_refuse_a_setting_out_of_its_range_at_its_place_before_any_work(string file, string expected)
    {
        // Given a study that sets a technique's setting outside the range its declaration allows, and no store yet
        var store = Path.Combine(Path.GetTempPath(), $"tradeoff-{Guid.NewGuid():N}.db");

        // When it is run
        var run = CliHarness.Run("run", Malformed(file), "--store", store);

        // Then the study reader refuses it with file, line and column, and nothing was measured or stored
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:{expected}", run.ErrorOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void Should_name_the_study_file_When_the_target_of_a_study_is_absent()
    {
        var run = CliHarness.Run("run", Malformed("absent-target.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'species' is absent", run.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_with_exit_code_2_When_neither_a_study_nor_data_is_given()
    {
        var run = CliHarness.Run("run");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("either a study file or --data", run.ErrorOutput + run.Output, StringComparison.Ordinal);
    }

    private static void AssertOneLineNaming(CliHarness run, string file, string expected)
    {
        var lines = run.ErrorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.ErrorOutput, StringComparison.Ordinal);
    }
}
