namespace Tradeoff.Cli.Tests;

/// <summary><c>tradeoff run --plan</c>: the measurement plan is printed and nothing is measured or kept.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-plan-").FullName;

    [Fact]
    public void The_plan_lists_each_technique_s_stages_with_fits_and_a_total_and_keeps_nothing()
    {
        var store = Path.Combine(_folder, "store.db");

        var run = CliHarness.Run("run", "--data", Paths.Examples("weather/weather-seed.csv"), "--techniques", "baseline,naive-bayes", "--plan", "--store", store);

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        Assert.Contains("Measurement plan", run.Output, StringComparison.Ordinal);
        Assert.Contains("How the time is estimated: for each technique, fits on all training rows timed now", run.Output, StringComparison.Ordinal);
        foreach (var expected in (string[])["baseline: a fit", "naive-bayes: a fit", "stability", "data-needs", "total: "])
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(store), "a plan measures nothing, so it opens no store");
    }

    [Fact]
    public void A_plan_with_an_output_is_refused_before_any_work()
    {
        var run = CliHarness.Run("run", "--data", Paths.Examples("weather/weather-seed.csv"), "--plan", "--json", Path.Combine(_folder, "r.json"));

        Assert.Equal(TradeoffApp.InputError, run.ExitCode);
        Assert.Equal("error: --plan measures nothing: --resume, --json, --report, --keep-models and --distributed do not go with it", run.ErrorOutput.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
