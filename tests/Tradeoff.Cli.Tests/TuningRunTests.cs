using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>A tuned study run end to end: trials, the chosen configuration, the frontier, and frontier configurations as candidates.</summary>
public sealed class TuningRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-tuning-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_report_trials_a_choice_and_nested_accuracy_When_the_study_tunes()
    {
        using var results = Run("chosen");

        var tree = Technique(results, "decision-tree");
        var tuning = tree.GetProperty("tuning");
        Assert.Equal(4, tuning.GetProperty("trials").GetArrayLength());
        var chosen = tuning.GetProperty("chosen").GetInt32();
        var chosenTrial = tuning.GetProperty("trials").EnumerateArray().Single(t => t.GetProperty("index").GetInt32() == chosen);
        foreach (var setting in chosenTrial.GetProperty("settings").EnumerateObject())
        {
            Assert.Equal(setting.Value.GetString(), tree.GetProperty("settings").GetProperty(setting.Name).GetString());
        }

        var frontier = tuning.GetProperty("frontier").EnumerateArray().Select(i => i.GetInt32()).ToList();

        // The choice is the highest accuracy and, among trials tied on it (pruned trees often tie), the smallest model:
        // so it stands on the accuracy-size frontier.
        Assert.Contains(chosen, frontier);
        var points = tuning.GetProperty("trials").EnumerateArray()
            .Where(t => frontier.Contains(t.GetProperty("index").GetInt32()))
            .Select(t => (t.GetProperty("qualities").GetProperty("accuracy").GetProperty("value").GetDouble(), t.GetProperty("qualities").GetProperty("model-size").GetProperty("value").GetDouble()))
            .ToList();
        Assert.Equal(points.Count, points.Distinct().Count());
        Assert.Equal(["accuracy", "model-size"], tuning.GetProperty("frontierObjectives").EnumerateArray().Select(o => o.GetString()));
        Assert.StartsWith("nested", tree.GetProperty("qualities").GetProperty("accuracy").GetProperty("protocol").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Undefined, Technique(results, "baseline").TryGetProperty("tuning", out var none) ? none.ValueKind : JsonValueKind.Undefined);
    }

    [Fact]
    public void Should_measure_every_frontier_configuration_as_a_candidate_When_candidates_is_frontier()
    {
        using var results = Run("frontier");

        var tuning = Technique(results, "decision-tree").GetProperty("tuning");
        var chosen = tuning.GetProperty("chosen").GetInt32();
        var expected = tuning.GetProperty("frontier").EnumerateArray().Select(i => i.GetInt32()).Where(i => i != chosen).Select(i => "decision-tree#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var names = results.RootElement.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.All(
            results.RootElement.GetProperty("techniques").EnumerateArray().Where(t => t.GetProperty("id").GetString()!.Contains('#', StringComparison.Ordinal)),
            t => Assert.StartsWith("not nested", t.GetProperty("qualities").GetProperty("accuracy").GetProperty("protocol").GetString(), StringComparison.Ordinal));
        Assert.Contains(results.RootElement.GetProperty("ranking").EnumerateArray(), r => r.GetProperty("candidate").GetString()!.StartsWith("decision-tree", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_explain_the_configuration_the_run_chose_When_the_study_tunes()
    {
        using var results = Run("chosen");
        var settings = Technique(results, "decision-tree").GetProperty("settings").EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString());

        var explain = CliHarness.Run("explain", Path.Combine(_folder, "chosen.yaml"), "decision-tree");

        Assert.True(explain.ExitCode == 0, explain.ErrorOutput + explain.Output);
        Assert.Contains("settings (as tuning chose them): " + string.Join(", ", settings), explain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_tuning_of_a_stored_run()
    {
        using var results = Run("chosen");

        var show = CliHarness.Run("show", "r1", "--details", "--store", Path.Combine(_folder, "chosen.db"));

        Assert.True(show.ExitCode == 0, show.ErrorOutput + show.Output);
        Assert.Contains("Tuning", show.Output, StringComparison.Ordinal);
        Assert.Contains("decision-tree", show.Output, StringComparison.Ordinal);
        Assert.Contains("why", show.Output, StringComparison.Ordinal);
    }

    private JsonDocument Run(string candidates)
    {
        File.Copy(Path.Combine(Paths.Root, "tests/data/iris.arff"), Path.Combine(_folder, "iris.arff"), overwrite: true);
        var study = Path.Combine(_folder, candidates + ".yaml");
        File.WriteAllText(study, $$"""
            name: tuned iris
            data: { train: iris.arff }
            techniques: [baseline, decision-tree]
            protocol:
              folds: 3
              seed: 5
              qualities: [accuracy, model-size]
              tuning: { trials: 4, inner-folds: 2, candidates: {{candidates}} }
            objectives: [accuracy, model-size]
            weights: { accuracy: 1 }
            """);
        var json = Path.Combine(_folder, candidates + ".json");
        var harness = CliHarness.Run("run", study, "--json", json, "--store", Path.Combine(_folder, candidates + ".db"));
        Assert.True(harness.ExitCode == 0, harness.ErrorOutput + harness.Output);
        return JsonDocument.Parse(File.ReadAllText(json));
    }

    private static JsonElement Technique(JsonDocument results, string id) =>
        results.RootElement.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);
}
