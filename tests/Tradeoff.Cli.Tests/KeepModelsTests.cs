namespace Tradeoff.Cli.Tests;

/// <summary><c>run --keep-models</c> keeps the final models in the store; <c>explain RUN TECHNIQUE</c> prints the very model.</summary>
public sealed class KeepModelsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-models-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_print_the_kept_model_as_the_refit_prints_it_When_the_run_kept_its_models()
    {
        Run("--keep-models");

        var kept = CliHarness.Run("explain", "r1", "decision-tree", "--store", Store);
        var refit = CliHarness.Run("explain", Paths.Examples("weather/study.yaml"), "decision-tree");

        Assert.True(kept.ExitCode == 0, kept.ErrorOutput + kept.Output);
        Assert.Contains("as run r0001 kept it", kept.Output, StringComparison.Ordinal);
        Assert.Equal(Rules(refit.Output), Rules(kept.Output));

        // Both print the tree as pruned, and count its parameters: 3 rules (7 grown), 2 splits x 3 + 3 leaves x 2 shares
        Assert.Equal(3, Rules(kept.Output).Count);
        Assert.Contains("12 learned parameters", kept.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_how_to_keep_models_When_the_run_kept_none()
    {
        Run();

        var explain = CliHarness.Run("explain", "r1", "decision-tree", "--store", Store);

        Assert.True(explain.ExitCode == 0, explain.ErrorOutput + explain.Output);
        Assert.Contains("kept no model of decision-tree", explain.Output, StringComparison.Ordinal);
        Assert.Empty(Rules(explain.Output));
    }

    [Fact]
    public void Should_carry_the_models_over_When_a_run_reuses_an_earlier_runs_measurements()
    {
        Run("--keep-models");
        Run("--keep-models");

        var explain = CliHarness.Run("explain", "r2", "naive-bayes", "--store", Store);

        Assert.True(explain.ExitCode == 0, explain.ErrorOutput + explain.Output);
        Assert.Contains("as run r0002 kept it", explain.Output, StringComparison.Ordinal);
    }

    private void Run(params string[] options)
    {
        var run = CliHarness.Run(["run", Paths.Examples("weather/study.yaml"), "--store", Store, .. options]);
        Assert.True(run.ExitCode == 0, run.ErrorOutput + run.Output);
    }

    private static List<string> Rules(string output) =>
        [.. output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("IF ", StringComparison.Ordinal))];
}
