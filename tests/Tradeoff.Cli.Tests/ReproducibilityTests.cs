using System.Globalization;
using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// Two identical runs of an example give the same frontier, the same ties, the same ranking and the same
/// recommendation: their timed figures differ from run to run, but inside the noise, where they decide nothing
/// (docs/SELECTION.md, "Noise"). Every example but fashion-mnist was checked this way in full (docs/BENCHMARKS.md,
/// measurement-truth); these two run in the test suite, alone: run beside the other tests, which measure too, they
/// would time their latencies on a machine twice as busy as the one the noise floor was measured on.
/// </summary>
[Collection(nameof(TimingSensitive))]
public sealed class ReproducibilityTests
{
    [Fact]
    public void Two_runs_of_the_weather_study_as_committed_decide_alike()
    {
        using var first = ScenarioRun.Start("weather/study.yaml");
        using var second = ScenarioRun.Start("weather/study.yaml");

        AssertSameDecision(first.Results.RootElement, second.Results.RootElement);
    }

    [Fact]
    public void Two_quick_runs_of_the_credit_scoring_study_decide_alike_although_latency_and_size_decide_its_frontier()
    {
        // The accuracies of its interpretable learners lie within one another's noise, so the frontier and the
        // ranking rest on the timed latency.p99 and on model-size: exactly where run-to-run noise could flip them.
        using var first = ScenarioRun.Start("credit-scoring/study.yaml", "--quick");
        using var second = ScenarioRun.Start("credit-scoring/study.yaml", "--quick");

        AssertSameDecision(first.Results.RootElement, second.Results.RootElement);
    }

    private static void AssertSameDecision(JsonElement first, JsonElement second)
    {
        // A decision that moved says on what figures, so that a failure in CI can be told from its log.
        var figures = $"{Environment.NewLine}first run: {Figures(first)}{Environment.NewLine}second run: {Figures(second)}";
        Assert.True(Strings(first, "frontier", "members").SequenceEqual(Strings(second, "frontier", "members")), "the frontier moved:" + figures);
        Assert.True(Ties(first).SequenceEqual(Ties(second)), "the ties moved:" + figures);
        Assert.True(Ranking(first).SequenceEqual(Ranking(second)), "the ranking moved:" + figures);
        Assert.Equal(first.GetProperty("recommended").GetProperty("candidate").GetString(), second.GetProperty("recommended").GetProperty("candidate").GetString());
        Assert.NotEmpty(Ranking(first));
    }

    /// <summary>The frontier's members, and every candidate's value and interval on each of the frontier's objectives.</summary>
    private static string Figures(JsonElement root)
    {
        var objectives = Strings(root, "frontier", "objectives");
        var candidates = root.GetProperty("techniques").EnumerateArray().Select(t =>
        {
            var qualities = t.GetProperty("qualities");
            var figures = objectives.Select(o => qualities.TryGetProperty(o!, out var q) && q.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number
                ? string.Create(CultureInfo.InvariantCulture, $"{o} {v.GetDouble():G4}{Interval(q)}")
                : $"{o} -");
            return $"{t.GetProperty("id").GetString()}: {string.Join(", ", figures)}";
        });
        return $"frontier [{string.Join(", ", Strings(root, "frontier", "members"))}]; {string.Join("; ", candidates)}";
    }

    private static string Interval(JsonElement quality) =>
        quality.TryGetProperty("lower", out var lower) && lower.ValueKind == JsonValueKind.Number && quality.TryGetProperty("upper", out var upper) && upper.ValueKind == JsonValueKind.Number
            ? string.Create(CultureInfo.InvariantCulture, $" [{lower.GetDouble():G4}, {upper.GetDouble():G4}]")
            : "";

    private static List<string?> Strings(JsonElement root, string property, string list) =>
        [.. root.GetProperty(property).GetProperty(list).EnumerateArray().Select(e => e.GetString())];

    private static List<string> Ranking(JsonElement root) =>
        [.. root.GetProperty("ranking").EnumerateArray().Select(e => $"{e.GetProperty("candidate").GetString()} {e.GetProperty("tiedAtTop")}")];

    private static List<string> Ties(JsonElement root) =>
        root.GetProperty("frontier").TryGetProperty("ties", out var ties)
            ? [.. ties.EnumerateArray().Select(t => t.GetProperty("candidate").GetString() + " beside " + t.GetProperty("beside").GetString())]
            : [];
}
