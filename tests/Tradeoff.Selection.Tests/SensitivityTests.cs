namespace Tradeoff.Selection.Tests;

public sealed class SensitivityTests
{
    private static readonly Dictionary<string, double> Even = new() { ["accuracy"] = 0.5, ["latency.p99"] = 0.5 };

    [Fact]
    public void Should_keep_a_dominant_candidate_first_under_every_perturbation()
    {
        var best = Make.Candidate("best", ("accuracy", 0.95), ("latency.p99", 10));
        var other = Make.Candidate("other", ("accuracy", 0.8), ("latency.p99", 100));
        var result = Selector.Select(new SelectionInput { Candidates = [best, other], Weights = Even });
        Assert.Equal(1.0, result.Sensitivity!.StayFirstShare);
        Assert.Equal(1000, result.Sensitivity.Samples);
    }

    [Fact]
    public void Should_give_a_share_between_0_and_1_that_the_seed_fixes()
    {
        // a and b are close under even weights, so some perturbations flip them.
        var a = Make.Candidate("a", ("accuracy", 0.9), ("latency.p99", 210));
        var b = Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 100));
        var c = Make.Candidate("c", ("accuracy", 0.85), ("latency.p99", 300));
        var input = new SelectionInput { Candidates = [a, b, c], Weights = Even, Options = new SelectionOptions { Seed = 7 } };

        var first = Selector.Select(input).Sensitivity!;
        var again = Selector.Select(input).Sensitivity!;

        Assert.InRange(first.StayFirstShare!.Value, 0.01, 0.99);
        Assert.Equal(first.StayFirstShare, again.StayFirstShare);
    }

    [Fact]
    public void Should_find_a_winning_weighting_for_every_convex_frontier_candidate()
    {
        // c is in the convex part of the frontier: a mix of weights makes it win, though no vertex does.
        var a = Make.Candidate("a", ("accuracy", 0.9), ("latency.p99", 300));
        var b = Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 100));
        var c = Make.Candidate("c", ("accuracy", 0.88), ("latency.p99", 150));
        var weights = new Dictionary<string, double> { ["accuracy"] = 0.95, ["latency.p99"] = 0.05 };

        var winning = Selector.Select(new SelectionInput { Candidates = [a, b, c], Weights = weights }).Sensitivity!.Winning.ToDictionary(w => w.Candidate);

        Assert.Equal("the study's weights", winning["a"].Source);
        Assert.Equal("all weight on latency.p99", winning["b"].Source);
        Assert.Equal("random weighting", winning["c"].Source);
        Assert.Equal(1.0, winning["c"].Weights!.Values.Sum(), 9);
    }

    [Fact]
    public void Should_report_no_weighting_for_a_candidate_in_a_concave_part_of_the_frontier()
    {
        // c sits exactly halfway: its utility is 0.5 under every weighting, never above both a and b.
        var a = Make.Candidate("a", ("accuracy", 0.9), ("latency.p99", 300));
        var b = Make.Candidate("b", ("accuracy", 0.8), ("latency.p99", 100));
        var c = Make.Candidate("c", ("accuracy", 0.85), ("latency.p99", 200));

        var result = Selector.Select(new SelectionInput { Candidates = [a, b, c], Weights = Even });
        var winning = result.Sensitivity!.Winning.Single(w => w.Candidate == "c");

        Assert.Contains("c", result.Frontier);
        Assert.Null(winning.Weights);
        Assert.StartsWith("no winning weighting among 2002 tried", winning.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Dirichlet_draws_sum_to_one_and_centre_on_the_weights()
    {
        var dirichlet = new Dirichlet(3);
        var alpha = new[] { 12.0, 6.0, 2.0, 0.0 };
        var draws = Enumerable.Range(0, 4000).Select(_ => dirichlet.Sample(alpha)).ToList();
        Assert.All(draws, d => Assert.Equal(1.0, d.Sum(), 9));
        Assert.All(draws, d => Assert.Equal(0.0, d[3]));
        Assert.Equal(0.6, draws.Average(d => d[0]), 1);
        Assert.Equal(0.1, draws.Average(d => d[2]), 1);
    }
}
