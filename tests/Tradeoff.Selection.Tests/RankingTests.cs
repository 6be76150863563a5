namespace Tradeoff.Selection.Tests;

public sealed class RankingTests
{
    // a is most accurate, b fastest, c in between: all three on the frontier.
    private static readonly Candidate[] Three =
    [
        Make.Candidate("a", ("accuracy", 0.9), ("latency.p99", 300)),
        Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 100)),
        Make.Candidate("c", ("accuracy", 0.85), ("latency.p99", 200)),
    ];

    [Fact]
    public void Should_rank_by_weighted_utility_on_fixed_scales()
    {
        // Given accuracy on the scale [0.5, 1] (a 0.8, b 0.6, c 0.7) and latency on the logarithmic scale [10 us, 100 ms]
        // (a at 10 ms scores 0.25, b at 100 us 0.75, c at 1 ms 0.5), weighted 3:1 (0.75 / 0.25).
        Candidate[] three =
        [
            Make.Candidate("a", ("accuracy", 0.9), ("latency.p99", 10_000)),
            Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 100)),
            Make.Candidate("c", ("accuracy", 0.85), ("latency.p99", 1000)),
        ];
        var input = new SelectionInput
        {
            Candidates = three,
            Weights = new Dictionary<string, double> { ["accuracy"] = 3, ["latency.p99"] = 1 },
            Scales = new Dictionary<string, ScaleRange> { ["accuracy"] = new(0.5, 1), ["latency.p99"] = new(10, 100_000) },
        };

        // When selected.
        var result = Selector.Select(input);

        // Then utilities are a 0.6625, c 0.65, b 0.6375, exact figures so no tie, in that order.
        Assert.Equal(["a", "c", "b"], result.Ranking.Select(r => r.Candidate));
        Assert.Equal([0.6625, 0.65, 0.6375], result.Ranking.Select(r => Math.Round(r.Utility!.Value, 12)));
        Assert.All(result.Ranking, r => Assert.Equal(0, r.UtilityHalfWidth));
        Assert.Equal([1, 2, 3], result.Ranking.Select(r => r.Rank));
        Assert.Equal(0.75, result.Weights["accuracy"]);
        Assert.Equal(["accuracy", "latency.p99"], result.Objectives);
        Assert.Equal("a: highest accuracy among 3 candidates; 9 ms slower than c at p99", result.Recommended!.Text);
        Assert.Null(result.Recommended.Tie);
    }

    [Fact]
    public void Should_give_equal_weights_over_the_objectives_When_no_weights_are_given()
    {
        var result = Selector.Select(new SelectionInput { Candidates = Three, Objectives = ["accuracy", "latency.p99"] });
        Assert.Equal(0.5, result.Weights["accuracy"]);
        Assert.Equal(0.5, result.Weights["latency.p99"]);
    }

    [Fact]
    public void Should_let_a_quality_with_equal_values_change_no_order()
    {
        // Given the three candidates ranked on accuracy and latency, then again with half the weight on an equal model size.
        var equalSize = Three.Select(c => c with { Qualities = new Dictionary<string, Core.Results.QualityValue>(c.Qualities) { ["model-size"] = Make.Value("model-size", 1e6) } }).ToList();
        var without = Selector.Select(new SelectionInput { Candidates = equalSize, Weights = new Dictionary<string, double> { ["accuracy"] = 3, ["latency.p99"] = 1 } });
        var with = Selector.Select(new SelectionInput { Candidates = equalSize, Weights = new Dictionary<string, double> { ["accuracy"] = 3, ["latency.p99"] = 1, ["model-size"] = 4 } });

        // Then the order is the same, and every utility moved by the same amount: half its old value plus half the size's score.
        Assert.Equal(without.Ranking.Select(r => r.Candidate), with.Ranking.Select(r => r.Candidate));
        var shifts = without.Ranking.Zip(with.Ranking, (a, b) => b.Utility!.Value - (a.Utility!.Value / 2)).ToList();
        Assert.All(shifts, s => Assert.Equal(shifts[0], s, 12));
    }

    [Fact]
    public void Should_rank_frontier_candidates_before_dominated_ones()
    {
        // d is dominated by a on the objectives, yet weighs well on train-time, which is not an objective.
        var d = Make.Candidate("d", ("accuracy", 0.89), ("latency.p99", 310), ("train-time", 0.1));
        var candidates = Three.Select(c => c with { Qualities = new Dictionary<string, Core.Results.QualityValue>(c.Qualities) { ["train-time"] = Make.Value("train-time", 9) } }).Append(d).ToList();
        var weights = new Dictionary<string, double> { ["accuracy"] = 1, ["train-time"] = 1 };
        var result = Selector.Select(new SelectionInput { Candidates = candidates, Objectives = ["accuracy", "latency.p99"], Weights = weights });
        Assert.Equal("a", result.DominatedBy["d"]);
        Assert.Equal("d", result.Ranking[^1].Candidate);
        Assert.False(result.Ranking[^1].OnFrontier);
    }

    [Theory]
    [InlineData(0.06, false, new[] { "c", "a", "b" })]
    [InlineData(0.0, false, new[] { "a", "c", "b" })]
    [InlineData(0.10, true, new[] { "c", "a", "b" })]
    [InlineData(0.12, true, new[] { "b", "c", "a" })]
    public void Should_rank_lexicographically_within_tolerances(double tolerance, bool relative, string[] expected)
    {
        // Given accuracy first (within the tolerance of the best), then latency.
        var priorities = new[] { new LexicographicPriority("accuracy", tolerance, relative), new LexicographicPriority("latency.p99") };

        // When selected; Then the order follows FLAML's lexicographic rule.
        var result = Selector.Select(new SelectionInput { Candidates = Three, Priorities = priorities });
        Assert.Equal(expected, result.Ranking.Select(r => r.Candidate));
        Assert.All(result.Ranking, r => Assert.Null(r.Utility));
        Assert.Null(result.Sensitivity!.StayFirstShare);
    }

    [Fact]
    public void Should_explain_the_recommendation_among_the_required_capabilities()
    {
        var forest = Make.Candidate("random-forest", ["interpretable"], ("accuracy", 0.86), ("latency.p99", 900));
        var tree = Make.Candidate("decision-tree", ["interpretable"], ("accuracy", 0.82), ("latency.p99", 500));
        var network = Make.Candidate("neural-network", [], ("accuracy", 0.9), ("latency.p99", 100));
        var input = new SelectionInput
        {
            Candidates = [forest, tree, network],
            Constraints = Make.Constraints("interpretable"),
            Weights = new Dictionary<string, double> { ["accuracy"] = 0.7, ["latency.p99"] = 0.3 },
        };

        var result = Selector.Select(input);

        Assert.Equal("random-forest: highest accuracy among interpretable candidates; 400 us slower than decision-tree at p99", result.Recommended!.Text);
    }

    [Fact]
    public void Should_name_a_cost_that_the_scale_does_not_count()
    {
        // Given a more accurate candidate whose model is larger, both under 1 KB, the best end of the size scale.
        var larger = Make.Candidate("larger", ("accuracy", 0.9), ("model-size", 321));
        var smaller = Make.Candidate("smaller", ("accuracy", 0.8), ("model-size", 174));

        var result = Selector.Select(new SelectionInput { Candidates = [larger, smaller], Weights = new Dictionary<string, double> { ["accuracy"] = 0.5, ["model-size"] = 0.5 } });

        // Then the reasons say what it costs, and why the utility does not see it.
        Assert.Equal("larger: highest accuracy among 2 candidates; 147 B larger model-size than smaller, which its scale does not count (both beyond its best end, 1 KB)", result.Recommended!.Text);
    }

    [Fact]
    public void Should_say_so_When_one_candidate_is_left()
    {
        var result = Selector.Select(new SelectionInput { Candidates = [Three[0]], Objectives = ["accuracy"] });
        Assert.Equal("a: the only candidate that meets the constraints", result.Recommended!.Text);
    }
}
