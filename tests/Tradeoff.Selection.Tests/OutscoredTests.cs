namespace Tradeoff.Selection.Tests;

public sealed class OutscoredTests
{
    [Fact]
    public void A_dominated_candidate_with_a_higher_utility_is_named_with_the_reason_it_ranks_after_the_frontier()
    {
        // Given a frontier over accuracy (a 4-point lead inside the noise) and model size (exact), and weights on accuracy
        // and interpretability: the logistic regression scores more, but the smaller one-rule dominates it
        var rule = Make.Noisy("one-rule", ["interpretable"], ("accuracy", 0.72, 0.03), ("model-size", 1500, 0));
        var logistic = Make.Noisy("logistic-regression", ["interpretable"], ("accuracy", 0.76, 0.03), ("model-size", 6400, 0));

        var result = Selector.Select(new SelectionInput
        {
            Candidates = [rule, logistic],
            Objectives = ["accuracy", "model-size"],
            Weights = new Dictionary<string, double> { ["accuracy"] = 0.7, ["interpretability"] = 0.3 },
        });

        // Then the recommendation says it is the only candidate on the frontier and why the higher utility ranks below
        Assert.Equal("one-rule", result.Recommended!.Candidate);
        Assert.True(result.Ranking[1].Utility > result.Ranking[0].Utility);
        Assert.StartsWith("the only candidate on the frontier", result.Recommended.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("logistic-regression (", result.Recommended.Text, StringComparison.Ordinal);
        Assert.Contains("scores a higher utility but is dominated by one-rule, better beyond the noise on model-size and worse on none, so it ranks after the frontier", result.Recommended.Text, StringComparison.Ordinal);
    }
}
