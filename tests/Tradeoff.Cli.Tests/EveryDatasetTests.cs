using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary><c>tradeoff run --data F</c> works for every ARFF data set the project ships, classification and regression.</summary>
public sealed class EveryDatasetTests
{
    public static TheoryData<string> Files() => new(
        "tests/data/breast-cancer.arff",
        "tests/data/cpu.arff",
        "tests/data/iris.arff",
        "tests/data/segment-challenge.arff",
        "tests/data/segment-test.arff",
        "tests/data/weather.nominal.arff",
        "tests/data/weather.numeric.arff",
        "examples/credit-scoring/credit-g.arff",
        "examples/medical-risk/diabetes.arff");

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_print_the_table_and_write_the_results_When_run_ad_hoc_on_a_shipped_data_set(string file)
    {
        var folder = Directory.CreateTempSubdirectory("tradeoff-every-").FullName;
        try
        {
            var json = Path.Combine(folder, "results.json");
            var run = CliHarness.Run("run", "--data", Path.Combine(Paths.Root, file), "--techniques", "baseline,decision-tree,naive-bayes,linear-regression", "--quick", "--details", "--json", json, "--store", Path.Combine(folder, "runs.db"));

            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            Assert.Contains("Predictive quality", run.Output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            var techniques = document.RootElement.GetProperty("techniques").EnumerateArray().ToList();
            var baseline = techniques.Single(t => t.GetProperty("id").GetString() == "baseline");
            var regression = document.RootElement.GetProperty("study").GetProperty("task").GetString() == "regression";
            Assert.True(baseline.GetProperty("qualities").TryGetProperty(regression ? "rmse" : "accuracy", out _));
            // Each task has techniques that do not learn it: they are listed, not trained, never crash the run.
            var skipped = regression ? "naive-bayes" : "linear-regression";
            Assert.Equal("not-trained", techniques.Single(t => t.GetProperty("id").GetString() == skipped).GetProperty("status").GetString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
