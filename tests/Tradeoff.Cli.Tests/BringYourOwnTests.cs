using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// examples/bring-your-own run end to end as its README says: the scikit-learn program trained through the command
/// protocol (Debian's python3-sklearn, which scripts/setup.sh installs) and the shipped ONNX model, measured beside
/// built-in techniques, and both in every report format.
/// </summary>
public sealed class BringYourOwnTests
{
    private static readonly string[] Brought = ["sklearn-gb", "shipped-logistic"];

    [Fact]
    public void The_brought_models_are_measured_and_appear_in_every_report_format()
    {
        using var run = ScenarioRun.Start("bring-your-own/study.yaml");
        var techniques = run.Results.RootElement.GetProperty("techniques").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);

        var program = techniques["sklearn-gb"];
        Assert.Equal(("command", "measured"), (program.GetProperty("technique").GetString(), program.GetProperty("status").GetString()));
        Assert.Contains("includes process communication", Quality(program, "latency.p99").GetProperty("protocol").GetString(), StringComparison.Ordinal);
        Assert.True(Quality(program, "train-time").GetProperty("isAvailable").GetBoolean());
        var shipped = techniques["shipped-logistic"];
        Assert.Equal(("onnx", "measured"), (shipped.GetProperty("technique").GetString(), shipped.GetProperty("status").GetString()));
        Assert.Equal("not applicable: pre-trained", Quality(shipped, "train-time").GetProperty("notAvailable").GetString());
        Assert.Equal(new FileInfo(Paths.Examples("bring-your-own/models/logistic.onnx")).Length, Quality(shipped, "model-size").GetProperty("value").GetDouble());
        // The ONNX file holds the same logistic regression as Tradeoff's own, fitted on the same rows: the same test-set AUC.
        Assert.Equal(Quality(techniques["logistic-regression"], "auc").GetProperty("value").GetDouble(), Quality(shipped, "auc").GetProperty("value").GetDouble(), 3);
        // Best AUC (tied with Tradeoff's logistic regression) and the smallest file: first by the study's priorities.
        Assert.Equal("shipped-logistic", run.Results.RootElement.GetProperty("recommended").GetProperty("candidate").GetString());

        Assert.All(Brought, name => Assert.Contains(name, run.Output, StringComparison.Ordinal));
        var json = Path.Combine(Path.GetTempPath(), "tradeoff-byo-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(json, run.Results.RootElement.GetRawText());
            Assert.All(Brought, name => Assert.Contains(name, Report(json, "html"), StringComparison.Ordinal));
            Assert.All(Brought, name => Assert.Contains(name, Report(json, "md"), StringComparison.Ordinal));
            Assert.All(Brought, name => Assert.Contains(name, Report(json, "json"), StringComparison.Ordinal));
            // The card describes the recommended model: the shipped ONNX file, with its training qualities not applicable.
            var card = Report(json, "model-card");
            Assert.Contains("shipped-logistic", card, StringComparison.Ordinal);
            Assert.Contains("not applicable: pre-trained", card, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(json)!, Path.GetFileNameWithoutExtension(json) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static JsonElement Quality(JsonElement technique, string id) => technique.GetProperty("qualities").GetProperty(id);

    private static string Report(string json, string format)
    {
        var output = $"{json}.{format}.out";
        var report = CliHarness.Run("report", json, "--format", format, "--out", output);
        Assert.True(report.ExitCode == 0, report.ErrorOutput + report.Output);
        return File.ReadAllText(output);
    }
}
