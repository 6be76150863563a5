namespace Tradeoff.Selection.Tests;

/// <summary>The frontier when figures carry 95% intervals: a difference inside the noise decides nothing.</summary>
public sealed class NoiseFrontierTests
{
    private static readonly string[] AccuracyAndLatency = ["accuracy", "latency.p99"];

    [Fact]
    public void Two_runs_of_one_rule_and_the_tree_give_the_same_frontier_When_their_p99_intervals_overlap()
    {
        // Given the two runs: one-rule's p99 is 301 ns against the tree's 421 ns in the first, 350 against 330 in
        // the second, each within the other's noise; accuracy 93% ± 2 against 95% ± 2 in both.
        Candidate[] Run(double treeP99, double ruleP99) =>
        [
            Make.Noisy("decision-tree", ["interpretable"], ("accuracy", 0.95, 0.02), ("latency.p99", treeP99, 0.1)),
            Make.Noisy("one-rule", ["interpretable"], ("accuracy", 0.93, 0.02), ("latency.p99", ruleP99, 0.1)),
        ];
        var weights = new Dictionary<string, double> { ["accuracy"] = 0.5, ["latency.p99"] = 0.5 };

        // When each run is selected.
        var first = Selector.Select(new SelectionInput { Candidates = Run(0.421, 0.301), Weights = weights });
        var second = Selector.Select(new SelectionInput { Candidates = Run(0.330, 0.350), Weights = weights });

        // Then both keep both on the frontier and recommend the same, and the second says why one-rule stays.
        Assert.Equal(["decision-tree", "one-rule"], first.Frontier);
        Assert.Equal(first.Frontier, second.Frontier);
        Assert.Equal(first.Recommended!.Candidate, second.Recommended!.Candidate);
        var tie = Assert.Single(second.Ties);
        Assert.Equal(("one-rule", "decision-tree"), (tie.Candidate, tie.Beside));
        Assert.Equal("one-rule stays on the frontier beside decision-tree: accuracy 93% vs 95% and latency.p99 350 ns vs 330 ns are within the noise", tie.Text);
    }

    [Fact]
    public void A_candidate_better_beyond_the_noise_on_one_objective_and_within_it_on_the_other_dominates()
    {
        // 0.95 ± 0.01 against 0.90 ± 0.01: the difference 0.05 exceeds sqrt(0.01^2 + 0.01^2) = 0.014.
        var tree = Make.Noisy("tree", [], ("accuracy", 0.95, 0.01), ("latency.p99", 0.33, 0.1));
        var rule = Make.Noisy("rule", [], ("accuracy", 0.90, 0.01), ("latency.p99", 0.30, 0.1));

        var result = ParetoFrontier.Compute([tree, rule], AccuracyAndLatency);

        Assert.Equal(["tree"], result.Frontier);
        Assert.Equal("tree", result.DominatedBy["rule"]);
        Assert.Empty(result.Ties);
    }

    [Fact]
    public void A_difference_just_inside_the_noise_is_a_tie_and_just_outside_it_is_not()
    {
        // Half-widths 0.03 and 0.04 make a margin of exactly 0.05.
        static FrontierResult Frontier(double other) => ParetoFrontier.Compute(
            [Make.Noisy("a", [], ("accuracy", 0.9, 0.03)), Make.Noisy("b", [], ("accuracy", other, 0.04))],
            ["accuracy"]);

        Assert.Equal(["a", "b"], Frontier(0.86).Frontier);
        Assert.Equal(["a"], Frontier(0.84).Frontier);
    }

    [Fact]
    public void A_missing_value_is_worse_than_any_value_whatever_the_noise()
    {
        var measured = Make.Noisy("measured", [], ("accuracy", 0.5, 0.4), ("latency.p99", 3, 0));
        var partial = Make.Noisy("partial", [], ("accuracy", 0.95, 0.01));

        var result = ParetoFrontier.Compute([measured, partial], AccuracyAndLatency);

        Assert.Equal(["measured", "partial"], result.Frontier);
        Assert.Equal(["latency.p99"], result.Incomplete["partial"]);
    }

    [Fact]
    public void Candidates_that_dominate_one_another_in_a_cycle_all_stay_and_are_named()
    {
        // Each beats the next beyond the noise (1.5 against a margin of 1.41) on one objective and ties it on the other
        // two: a beats b on the first, b beats c on the second, c beats a on the third.
        string[] objectives = ["accuracy", "macro-f1", "r2"];
        Candidate Make3(string id, double x, double y, double z) =>
            Make.Noisy(id, [], ("accuracy", x / 10, 0.1), ("macro-f1", y / 10, 0.1), ("r2", z / 10, 0.1));
        var a = Make3("a", 1.5, 1.0, 0.0);
        var b = Make3("b", 0.0, 1.5, 1.0);
        var c = Make3("c", 1.0, 0.0, 1.5);
        var below = Make3("below", -2.0, -2.0, -2.0);

        var result = ParetoFrontier.Compute([a, b, c, below], objectives);

        Assert.Equal(["a", "b", "c"], result.Frontier);
        Assert.Equal(["a", "b", "c"], Assert.Single(result.Cycles));
        Assert.Contains(result.DominatedBy["below"], result.Frontier);
    }

    [Theory]
    [InlineData(1, 300, 3)]
    [InlineData(2, 200, 2)]
    [InlineData(3, 100, 4)]
    public void Without_intervals_the_best_first_build_gives_the_textbook_frontier(int seed, int count, int objectives)
    {
        var costs = ParetoFrontierTests.RandomCosts(seed, count, objectives);
        var exact = costs.Select(c => new double[c.Length]).ToArray();

        var (noisy, cycles) = NoisyFrontier.Compute(costs, exact);

        Assert.Equal(ParetoFrontier.Compute(costs).Select(d => d < 0), noisy.Select(d => d < 0));
        Assert.Empty(cycles);
    }

    [Fact]
    public void A_frontier_candidate_worse_beyond_the_noise_everywhere_than_another_is_never_recommended()
    {
        // Given a dominance cycle of five: z beats y beyond the noise on all three objectives, y dominates p1, p1 p2,
        // p2 p3 and p3 z, each by a drop beyond the noise on one objective and gains within it on the others. Nothing
        // dominates the cycle from outside, so all five stand on the frontier, y among them.
        string[] objectives = ["accuracy", "macro-f1", "r2"];
        Candidate Make3(string id, string[] capabilities, double x, double y, double z, double halfWidth) =>
            Make.Noisy(id, capabilities, ("accuracy", x, halfWidth), ("macro-f1", y, halfWidth), ("r2", z, halfWidth));
        Candidate[] cycle =
        [
            Make3("z", [], 0.50, 0.50, 0.50, 0),
            Make3("y", ["interpretable"], 0.49, 0.49, 0.49, 0),
            Make3("p1", [], 0.38, 0.585, 0.585, 0.1),
            Make3("p2", [], 0.52, 0.44, 0.72, 0.1),
            Make3("p3", [], 0.66, 0.58, 0.575, 0.1),
        ];

        // When ranked on scales that every figure tops, so that all five tie at utility 1 and only the simplicity rule
        // separates them, which would put the interpretable y first.
        var scales = objectives.ToDictionary(o => o, _ => new ScaleRange(0.1, 0.2));
        var input = new SelectionInput { Candidates = cycle, Objectives = objectives, Scales = scales };
        var result = Selector.Select(input);
        var without = Selector.Select(input with { Candidates = cycle.Where(c => c.Id != "y").ToList() });

        // Then y stays on the frontier but is outranked by z and ranks after the other frontier candidates; p1 (the
        // smaller id of the four left in the tie) is recommended, with or without y.
        Assert.Equal(["z", "y", "p1", "p2", "p3"], result.Frontier);
        Assert.Contains(result.Notes, n => n.StartsWith("z, y, p1, p2, p3 dominate one another in a cycle", StringComparison.Ordinal));
        Assert.Equal("z", result.Ranking.Single(r => r.Candidate == "y").OutrankedBy);
        Assert.Equal("y", result.Ranking[^1].Candidate);
        Assert.Equal("p1", result.Recommended!.Candidate);
        Assert.Equal(result.Recommended.Candidate, without.Recommended!.Candidate);
    }
}
