using System.Text.Json;

namespace Tradeoff.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public void Should_print_the_table_and_write_the_json_document_When_running_the_weather_study()
    {
        var json = Path.Combine(Path.GetTempPath(), "tradeoff-weather-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var run = CliHarness.Run("run", Paths.Examples("weather/study.yaml"), "--json", json, "--store", json + ".db");

            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            Assert.Contains("decision-tree", run.Output, StringComparison.Ordinal);
            Assert.Contains("accuracy", run.Output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            var root = document.RootElement;
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("Play outside?", root.GetProperty("study").GetProperty("name").GetString());
            var baseline = root.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "baseline");
            var accuracy = baseline.GetProperty("qualities").GetProperty("accuracy");
            Assert.Equal("fraction", accuracy.GetProperty("unit").GetString());
            // The lecture's table has 10 "yes" in 16 rows. Under leave-one-out the majority class stays "yes" whichever
            // row is held out, so every held-out "yes" is right and every "no" wrong: 10/16.
            Assert.Equal(10 / 16.0, accuracy.GetProperty("value").GetDouble(), 6);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(json)!, Path.GetFileName(json) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void Should_list_every_technique_with_its_capabilities()
    {
        var run = CliHarness.Run("techniques");

        Assert.Equal(0, run.ExitCode);
        foreach (var id in new[] { "baseline", "one-rule", "decision-tree", "random-forest", "gradient-boosting", "logistic-regression", "linear-regression", "naive-bayes", "k-nearest-neighbours", "neural-network", "convolutional-network" })
        {
            Assert.Contains(id, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_list_the_registered_techniques_in_the_order_the_lecture_presents_them()
    {
        // Given the registrations of the three technique projects, composed by family
        // When the catalog lists them
        // Then they come as before the registrations were composed: the simplest first, the networks last
        Assert.Equal(
            ["baseline", "one-rule", "decision-tree", "random-forest", "gradient-boosting", "logistic-regression", "linear-regression", "naive-bayes", "k-nearest-neighbours", "neural-network", "convolutional-network"],
            TechniqueCatalogs.Default.Ids);
    }

    [Fact]
    public void Should_show_the_tuning_range_of_each_searched_setting_When_details_are_asked()
    {
        var output = DetailsOutput();

        Assert.Contains("tuning searches int 1..30, log scale, cost grows with it", output, StringComparison.Ordinal);
        Assert.Contains("tuning searches [32] | [100] | [64, 32] | [300, 100], cheapest first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_rule_in_place_of_the_default_When_a_default_adapts_to_the_data()
    {
        // Given the catalog, whose boosting and network settings adapt to the training rows
        // When the details are asked
        var output = DetailsOutput();

        // Then the adaptive settings show their rule; a fixed default still shows its value
        Assert.Contains("min-rows-per-leaf = adapts: min(20, max(1, rows / 10))", output, StringComparison.Ordinal);
        Assert.Contains("epochs = adapts: 200 below 10,000 training rows", output, StringComparison.Ordinal);
        Assert.Contains("k = 5 (int)", output, StringComparison.Ordinal);
    }

    // The table of `techniques --details`, its rows' cells joined on one line.
    private static string DetailsOutput()
    {
        var run = CliHarness.Run("techniques", "--details");
        Assert.Equal(0, run.ExitCode);
        return string.Join(" ", run.Output.Split('\n').Select(l => l.Trim(' ', '│')));
    }
}
