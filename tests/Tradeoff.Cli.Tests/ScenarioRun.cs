using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>One CLI run of an example with its own store and results file, both deleted afterwards.</summary>
internal sealed class ScenarioRun : IDisposable
{
    private readonly string _prefix;

    private ScenarioRun(string prefix, CliHarness harness, JsonDocument results)
    {
        _prefix = prefix;
        Output = harness.Output;
        Results = results;
    }

    public string Output { get; }

    public JsonDocument Results { get; }

    public static ScenarioRun Start(string study, params string[] options)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "tradeoff-scenario-" + Guid.NewGuid().ToString("N"));
        var json = prefix + ".json";
        var harness = CliHarness.Run(["run", Path.IsPathRooted(study) ? study : Paths.Examples(study), "--json", json, "--store", prefix + ".db", .. options]);
        Assert.True(harness.ExitCode == 0, harness.ErrorOutput + harness.Output);
        return new ScenarioRun(prefix, harness, JsonDocument.Parse(File.ReadAllText(json)));
    }

    public void Dispose()
    {
        Results.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_prefix)!, Path.GetFileName(_prefix) + "*"))
        {
            File.Delete(file);
        }
    }
}
