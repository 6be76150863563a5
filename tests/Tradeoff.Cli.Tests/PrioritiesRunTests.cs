using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>A study ranked by lexicographic priorities instead of weights, end to end.</summary>
public sealed class PrioritiesRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-priorities-").FullName;
    private string _output = string.Empty;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_rank_the_smallest_model_first_among_those_within_the_accuracy_tolerance()
    {
        // Given iris, three techniques, and priorities: accuracy within 5 points, then the smallest model
        using var results = Run("priorities: [accuracy within 0.05, model-size]");
        var root = results.RootElement;

        // Then the ranking has no utilities, and the first is the smallest of those within 5 points of the best accuracy
        var ranking = root.GetProperty("ranking").EnumerateArray().ToList();
        Assert.All(ranking, r => Assert.False(r.TryGetProperty("utility", out var u) && u.ValueKind == JsonValueKind.Number));
        var qualities = root.GetProperty("techniques").EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("qualities"));
        double Value(string id, string quality) => qualities[id].GetProperty(quality).GetProperty("value").GetDouble();
        var best = qualities.Keys.Max(id => Value(id, "accuracy"));
        var expected = qualities.Keys.Where(id => Value(id, "accuracy") >= best - 0.05).MinBy(id => Value(id, "model-size"));
        Assert.Equal(expected, root.GetProperty("recommended").GetProperty("candidate").GetString());
        Assert.Equal(expected, ranking[0].GetProperty("candidate").GetString());
        Assert.Equal(["accuracy", "model-size"], root.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("quality").GetString()));
        Assert.Contains("Ranking by priorities (lexicographic): accuracy within 5 points, then model-size", _output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_the_html_report_When_the_ranking_is_lexicographic()
    {
        using var results = Run("priorities: [accuracy within 0.05, model-size]", report: true);

        var html = File.ReadAllText(Path.Combine(_folder, "report", "report.html"));
        Assert.Contains("lexicographic", html, StringComparison.Ordinal);
    }

    private JsonDocument Run(string ranking, bool report = false)
    {
        File.Copy(Path.Combine(Paths.Root, "tests/data/iris.arff"), Path.Combine(_folder, "iris.arff"), overwrite: true);
        var study = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(study, $"""
            name: ranked iris
            data: {"{"} train: iris.arff {"}"}
            techniques: [decision-tree, naive-bayes, k-nearest-neighbours]
            protocol: {"{"} folds: 3, seed: 5, qualities: [accuracy, model-size] {"}"}
            {ranking}
            """);
        var json = Path.Combine(_folder, "results.json");
        string[] output = report ? ["--report", Path.Combine(_folder, "report")] : ["--json", json];
        var harness = CliHarness.Run(["run", study, "--details", "--store", Path.Combine(_folder, "s.db"), .. output]);
        Assert.True(harness.ExitCode == 0, harness.ErrorOutput + harness.Output);
        _output = harness.Output;
        return JsonDocument.Parse(File.ReadAllText(report ? Path.Combine(_folder, "report", "results.json") : json));
    }
}
