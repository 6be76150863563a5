using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary><c>tradeoff run --time-budget</c>: the budget is shared among the techniques, and the run says what it cut.</summary>
public sealed class TimeBudgetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-budget-").FullName;

    [Fact]
    public void A_budget_too_small_for_any_technique_cuts_them_all_says_so_and_the_run_still_completes()
    {
        var json = Path.Combine(_folder, "results.json");

        var run = CliHarness.Run(
            "run", "--data", Paths.Examples("weather/weather-seed.csv"), "--techniques", "baseline,one-rule,naive-bayes",
            "--time-budget", "1ms", "--json", json, "--store", Path.Combine(_folder, "store.db"));

        Assert.True(run.ExitCode == 0, run.ErrorOutput);
        const string Cut = "the run's time budget of 1 ms (--time-budget) cut the run";
        Assert.Contains(Cut, run.ErrorOutput, StringComparison.Ordinal);
        using var results = JsonDocument.Parse(File.ReadAllText(json));
        var warnings = results.RootElement.GetProperty("environment").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!);
        Assert.Contains(warnings, w => w.StartsWith(Cut, StringComparison.Ordinal));
        foreach (var technique in results.RootElement.GetProperty("techniques").EnumerateArray())
        {
            // Not started once the budget was spent, or stopped when it ran out: each says it was the run's budget.
            Assert.Contains("the run's time budget of 1 ms", technique.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_budget_that_is_not_a_duration_is_refused_before_any_work()
    {
        var run = CliHarness.Run("run", "--data", Paths.Examples("weather/weather-seed.csv"), "--time-budget", "10x", "--store", Path.Combine(_folder, "store.db"));

        Assert.Equal(TradeoffApp.InputError, run.ExitCode);
        Assert.Equal("error: --time-budget 10x: expected a positive duration such as 500ms, 30s, 10m or 2h", run.ErrorOutput.Trim());
        Assert.False(File.Exists(Path.Combine(_folder, "store.db")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
