using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// End to end on iris: adding a technique that cannot win leaves the recommendation where it was. The added network
/// (two hidden layers of 1,024 units, one epoch at a tiny learning rate) is barely better than guessing and thousands of
/// times larger than the rest, so it stretches both axes of the old min-max utility. The build before fixed scales
/// (commit cd21e12) recommended one-rule without it and naive-bayes with it (utility 0.779 against 1.000); accuracy and
/// model size are exact for a fixed seed, so the run is deterministic.
/// </summary>
public sealed class BystanderRunTests : IDisposable
{
    private const string WideNetwork = "{ id: neural-network, name: wide-network, hidden: [1024, 1024], epochs: 1, learning-rate: 0.00001 }";

    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-bystander-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_keep_the_recommendation_When_a_dominated_technique_that_stretches_the_axes_is_added()
    {
        // Given iris and three techniques ranked on accuracy (0.4) and model size (0.6), run alone and beside the wide network
        using var alone = Run("alone", "baseline, one-rule, naive-bayes");
        using var beside = Run("beside", "baseline, one-rule, naive-bayes, " + WideNetwork);

        // Then the network is dominated, far larger and less accurate than the rest: a bystander that stretches both axes
        var network = Quality(beside, "wide-network");
        Assert.True(beside.RootElement.GetProperty("frontier").GetProperty("dominatedBy").TryGetProperty("wide-network", out _));
        Assert.True(network("model-size") > 1000 * Quality(beside, "naive-bayes")("model-size"));
        Assert.True(network("accuracy") < Quality(beside, "one-rule")("accuracy"));

        // And the recommendation, the frontier of the others and their utilities are the same with and without it
        Assert.Equal("one-rule", Recommended(alone));
        Assert.Equal(Recommended(alone), Recommended(beside));
        Assert.Equal(Members(alone), Members(beside));
        Assert.Equal(Utilities(alone), Utilities(beside).Where(u => u.Candidate != "wide-network"));
    }

    private JsonDocument Run(string name, string techniques)
    {
        File.Copy(Path.Combine(Paths.Root, "tests/data/iris.arff"), Path.Combine(_folder, "iris.arff"), overwrite: true);
        var study = Path.Combine(_folder, name + ".yaml");
        File.WriteAllText(study, $"""
            name: iris with a bystander
            data: {"{"} train: iris.arff {"}"}
            techniques: [{techniques}]
            protocol: {"{"} folds: 3, seed: 5, qualities: [accuracy, model-size] {"}"}
            objectives: [accuracy, model-size]
            weights: {"{"} accuracy: 0.4, model-size: 0.6 {"}"}
            """);
        var json = Path.Combine(_folder, name + ".json");
        var harness = CliHarness.Run(["run", study, "--store", Path.Combine(_folder, name + ".db"), "--json", json]);
        Assert.True(harness.ExitCode == 0, harness.ErrorOutput + harness.Output);
        return JsonDocument.Parse(File.ReadAllText(json));
    }

    private static string? Recommended(JsonDocument results) => results.RootElement.GetProperty("recommended").GetProperty("candidate").GetString();

    private static List<string?> Members(JsonDocument results) =>
        [.. results.RootElement.GetProperty("frontier").GetProperty("members").EnumerateArray().Select(m => m.GetString())];

    private static List<(string? Candidate, double Utility)> Utilities(JsonDocument results) =>
        [.. results.RootElement.GetProperty("ranking").EnumerateArray().Select(r => (r.GetProperty("candidate").GetString(), r.GetProperty("utility").GetDouble()))];

    private static Func<string, double> Quality(JsonDocument results, string technique)
    {
        var qualities = results.RootElement.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == technique).GetProperty("qualities");
        return quality => qualities.GetProperty(quality).GetProperty("value").GetDouble();
    }
}
