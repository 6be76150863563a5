namespace Tradeoff.Cli.Tests.Faults;

/// <summary>A mistyped option or a stray argument is an error before any work, with the option meant (issue 16, item 4).</summary>
public sealed class UnknownOptionTests
{
    [Theory]
    [InlineData("--frsh", "unknown option '--frsh'; did you mean '--fresh'?")]
    [InlineData("--resum", "did you mean '--resume'?")]
    [InlineData("--keep-model", "did you mean '--keep-models'?")]
    [InlineData("-q", "unknown option '-q'")]
    [InlineData("extra.yaml", "unexpected argument 'extra.yaml'")]
    public void Should_refuse_an_unknown_option_of_run_before_measuring_and_name_the_one_meant(string mistake, string expected)
    {
        // Given a study folder with no store yet
        var folder = Directory.CreateTempSubdirectory("tradeoff-options-").FullName;
        try
        {
            File.Copy(Paths.Examples("weather/weather-seed.csv"), Path.Combine(folder, "weather-seed.csv"));
            File.Copy(Paths.Examples("weather/study.yaml"), Path.Combine(folder, "study.yaml"));

            // When run is given a mistyped option
            var run = CliHarness.Run("run", Path.Combine(folder, "study.yaml"), mistake);

            // Then it stops with exit 2 and one line naming the mistake, and nothing was measured or stored
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.ErrorOutput, StringComparison.Ordinal);
            Assert.Single(run.ErrorOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.False(Directory.Exists(Path.Combine(folder, ".tradeoff")), "a store was created: the run measured");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("did you mean '--store'?", "runs", "--stor", "x.db")]
    [InlineData("did you mean '--format'?", "report", "latest", "--fromat", "md")]
    [InlineData("did you mean '--verbose'?", "explain", "latest", "naive-bayes", "--verbos")]
    [InlineData("did you mean '--details'?", "techniques", "--detail")]
    public void Should_refuse_an_unknown_option_of_every_command(string expected, params string[] args)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.ErrorOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs", "--store", "no-such.db")]
    [InlineData("show", "latest", "--store", "no-such.db")]
    [InlineData("compare", "r1", "r2", "--store", "no-such.db")]
    [InlineData("techniques")]
    public void Should_take_verbose_on_every_command(params string[] args)
    {
        var run = CliHarness.Run([.. args, "--verbose"]);

        Assert.DoesNotContain("unknown option", run.ErrorOutput, StringComparison.Ordinal);
    }
}
