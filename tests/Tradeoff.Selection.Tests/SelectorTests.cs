using System.Text.Json;
using Tradeoff.Core;

namespace Tradeoff.Selection.Tests;

public sealed class SelectorTests
{
    private static readonly Candidate Baseline = Make.Candidate("baseline", ["interpretable"], ("accuracy", 0.70), ("latency.p99", 5));
    private static readonly Candidate Tree = Make.Candidate("decision-tree", ["interpretable"], ("accuracy", 0.80), ("latency.p99", 400));
    private static readonly Candidate Network = Make.Candidate("neural-network", [], ("accuracy", 0.86), ("latency.p99", 900));

    [Fact]
    public void Should_keep_everyone_When_nothing_is_constrained()
    {
        var result = Selector.Select(new SelectionInput { Candidates = [Baseline, Tree, Network], Objectives = ["accuracy", "latency.p99"] });
        Assert.Empty(result.Eliminated);
        Assert.Equal(["baseline", "decision-tree", "neural-network"], result.Survivors);
        Assert.Equal(3, result.Ranking.Count);
    }

    [Fact]
    public void Should_record_the_elimination_trail_in_both_stages()
    {
        // Given an interpretability constraint and one relative to the baseline.
        var input = new SelectionInput
        {
            Candidates = [Baseline, Tree, Network],
            Constraints = Make.Constraints("interpretable", "accuracy >= baseline + 0.02"),
            Objectives = ["accuracy", "latency.p99"],
        };

        // When selected.
        var result = Selector.Select(input);

        // Then the network goes before measuring, the baseline after (it cannot beat itself), the tree stays.
        Assert.Equal(["baseline", "neural-network"], result.Eliminated.Select(e => e.Candidate));
        Assert.Equal(EliminationStage.AfterMeasuring, result.Eliminated[0].Stage);
        Assert.Equal("accuracy >= baseline + 0.02: 70% is below the limit 72%", Assert.Single(result.Eliminated[0].Reasons));
        Assert.Equal(EliminationStage.BeforeMeasuring, result.Eliminated[1].Stage);
        Assert.Equal(["decision-tree"], result.Survivors);
        Assert.Equal(2, result.Verdicts.Count);
    }

    [Fact]
    public void Should_keep_and_flag_an_inconclusive_candidate_by_default()
    {
        var noisy = Make.WithInterval("noisy", "accuracy", 0.81, 0.78, 0.84);
        var result = Selector.Select(new SelectionInput { Candidates = [noisy], Constraints = Make.Constraints("accuracy >= 0.8"), Objectives = ["accuracy"] });
        Assert.Equal(["noisy"], result.Survivors);
        Assert.Equal(["accuracy >= 0.8"], result.Flagged["noisy"]);
    }

    [Fact]
    public void Should_flag_survivors_missing_a_ranked_quality()
    {
        var partial = Make.Candidate("partial", ("accuracy", 0.9));
        var result = Selector.Select(new SelectionInput { Candidates = [partial, Tree], Objectives = ["accuracy", "latency.p99"] });
        Assert.Equal(["latency.p99"], result.Incomplete["partial"]);
    }

    [Fact]
    public void Should_not_rank_When_there_are_no_objectives_or_weights()
    {
        var result = Selector.Select(new SelectionInput { Candidates = [Tree, Network] });
        Assert.Null(result.Recommended);
        Assert.Equal(["decision-tree", "neural-network"], result.Frontier);
        Assert.Contains("not ranked", Assert.Single(result.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acuracy", "unknown quality 'acuracy' in the objectives; did you mean 'accuracy'?")]
    [InlineData("interpretability-flag", "unknown quality 'interpretability-flag' in the objectives")]
    public void Should_reject_an_unknown_objective(string objective, string message)
    {
        var error = Assert.Throws<InputException>(() => Selector.Select(new SelectionInput { Candidates = [Tree], Objectives = [objective] }));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0, "weight of 'accuracy' is -1; a weight must be a finite number >= 0")]
    [InlineData(0.0, "the weights sum to 0")]
    public void Should_reject_bad_weights(double weight, string message)
    {
        var input = new SelectionInput { Candidates = [Tree], Weights = new Dictionary<string, double> { ["accuracy"] = weight } };
        Assert.StartsWith(message, Assert.Throws<InputException>(() => Selector.Select(input)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_reject_duplicate_candidate_ids() =>
        Assert.Throws<InputException>(() => Selector.Select(new SelectionInput { Candidates = [Tree, Tree] }));

    [Fact]
    public void Should_serialize_to_camel_case_json_with_named_enums()
    {
        var input = new SelectionInput
        {
            Candidates = [Baseline, Tree, Network],
            Constraints = Make.Constraints("latency.p99 <= 500us"),
            Weights = new Dictionary<string, double> { ["accuracy"] = 1 },
            Options = new SelectionOptions { WhatIf = true },
        };

        // As the results document writes it: camelCase names, kebab-case enums.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        var json = JsonSerializer.Serialize(Selector.Select(input), options);

        Assert.Contains("\"outcome\":\"fail\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stage\":\"after-measuring\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recommended\":{\"candidate\":\"decision-tree\"", json, StringComparison.Ordinal);
        Assert.Contains("\"whatIf\":[{", json, StringComparison.Ordinal);
    }
}
