namespace Tradeoff.Cli.Tests;

public sealed class InconclusivePolicyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-inconclusive-").FullName;

    [Theory]
    [InlineData("keep", "kept, inconclusive on")]
    [InlineData("eliminate", "What if")]
    public void Should_apply_the_studys_inconclusive_policy_When_intervals_straddle_a_limit(string policy, string expected)
    {
        // Given 16 rows, where every accuracy interval is about ±0.5 wide, and a limit inside every interval
        File.Copy(Paths.Examples("weather/weather-seed.csv"), Path.Combine(_folder, "weather-seed.csv"));
        var study = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(study, $$"""
            name: policy
            data: { train: weather-seed.csv, target: Play }
            techniques: [naive-bayes, decision-tree]
            protocol: { folds: 4, seed: 1 }
            constraints: ["accuracy >= 0.5"]
            inconclusive: {{policy}}
            weights: { accuracy: 1 }
            """);

        // When it runs
        var run = CliHarness.Run("run", study, "--details", "--store", Path.Combine(_folder, "runs.db"));

        // Then INCONCLUSIVE keeps (flagged) or eliminates, as the study says
        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.Contains("INCONCLUSIVE", run.Output, StringComparison.Ordinal);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
