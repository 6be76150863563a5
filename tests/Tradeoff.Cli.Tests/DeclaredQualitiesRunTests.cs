using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>A study that declares qualities it cannot measure (engineering effort, licence cost), end to end.</summary>
public sealed class DeclaredQualitiesRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-declared-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_mark_declared_values_in_the_console_and_results_json_and_let_them_eliminate_and_rank()
    {
        // Given iris, three techniques with a declared effort and licence cost, a constraint on the effort and a weight on the cost
        var study = Write("""
            constraints: [ 'engineering-effort <= medium' ]
            objectives: [accuracy, engineering-effort]
            weights: { accuracy: 0.6, licence-cost: 0.4 }
            """);
        var json = Path.Combine(_folder, "results.json");

        // When run
        var harness = CliHarness.Run(["run", study, "--store", Path.Combine(_folder, "s.db"), "--json", json]);

        // Then the console marks every declared value and names the level that eliminated
        Assert.True(harness.ExitCode == 0, harness.ErrorOutput + harness.Output);
        Assert.Contains("low (declared)", harness.Output, StringComparison.Ordinal);
        Assert.Contains("$500 (declared)", harness.Output, StringComparison.Ordinal);
        Assert.Contains("not trained: engineering-effort <= medium: high is above the limit medium", harness.Output, StringComparison.Ordinal);

        // And results.json keeps each declared value as stated, exact: no interval, spread or samples
        using var results = JsonDocument.Parse(File.ReadAllText(json));
        var root = results.RootElement;
        var network = root.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "naive-bayes");
        var effort = network.GetProperty("qualities").GetProperty("engineering-effort");
        Assert.Equal("medium", effort.GetProperty("declared").GetString());
        Assert.Equal(1, effort.GetProperty("value").GetDouble());
        Assert.False(effort.TryGetProperty("lower", out var lower) && lower.ValueKind != JsonValueKind.Null);
        Assert.False(effort.TryGetProperty("samples", out var samples) && samples.ValueKind != JsonValueKind.Null);
        Assert.Equal("$500", network.GetProperty("qualities").GetProperty("licence-cost").GetProperty("declared").GetString());
        Assert.Equal(
            ["engineering-effort", "licence-cost"],
            root.GetProperty("study").GetProperty("declared").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.All(root.GetProperty("study").GetProperty("declared").EnumerateArray(), d => Assert.Equal("declared", d.GetProperty("group").GetString()));

        // And the declared quality took part: it eliminated one, it is an objective, and its weight ranks the rest
        Assert.Equal("k-nearest-neighbours", Assert.Single(root.GetProperty("eliminated").EnumerateArray()).GetProperty("candidate").GetString());
        Assert.Contains("engineering-effort", root.GetProperty("frontier").GetProperty("objectives").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(0.4, root.GetProperty("weights").GetProperty("licence-cost").GetDouble(), 12);
    }

    [Fact]
    public void Should_refuse_a_study_whose_technique_lacks_a_declared_value_a_weight_uses_before_any_work()
    {
        var study = Write("weights: { licence-cost: 1 }", withoutLicenceFor: "naive-bayes");

        var harness = CliHarness.Run(["run", study, "--store", Path.Combine(_folder, "s.db")]);

        Assert.Equal(2, harness.ExitCode);
        Assert.Contains($"{study}:8:5: technique 'naive-bayes' has no value for declared quality 'licence-cost', which 'weights' uses", harness.ErrorOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "s.db")));
    }

    private string Write(string selection, string? withoutLicenceFor = null)
    {
        File.Copy(Path.Combine(Paths.Root, "tests/data/iris.arff"), Path.Combine(_folder, "iris.arff"), overwrite: true);
        string Licence(string technique, string dollars) => technique == withoutLicenceFor ? string.Empty : $", licence-cost: {dollars}";
        var study = Path.Combine(_folder, "study.yaml");
        File.WriteAllText(study, $"""
            name: declared iris
            data: {"{"} train: iris.arff {"}"}
            declared:
              engineering-effort: {"{"} scale: [low, medium, high], better: lower, description: effort to build and keep it {"}"}
              licence-cost: {"{"} unit: USD, better: lower, description: yearly licence {"}"}
            techniques:
              - {"{"} id: decision-tree, declared: {"{"} engineering-effort: low{Licence("decision-tree", "0")} {"}"} {"}"}
              - {"{"} id: naive-bayes, declared: {"{"} engineering-effort: medium{Licence("naive-bayes", "500")} {"}"} {"}"}
              - {"{"} id: k-nearest-neighbours, declared: {"{"} engineering-effort: high{Licence("k-nearest-neighbours", "0")} {"}"} {"}"}
            protocol: {"{"} folds: 3, seed: 5, qualities: [accuracy, model-size] {"}"}
            {selection}
            """);
        return study;
    }
}
