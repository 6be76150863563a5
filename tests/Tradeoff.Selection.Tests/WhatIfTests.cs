namespace Tradeoff.Selection.Tests;

public sealed class WhatIfTests
{
    private static readonly Candidate Tree = Make.Candidate("decision-tree", ("accuracy", 0.80), ("latency.p99", 400), ("model-size", 1e5));
    private static readonly Candidate Forest = Make.Candidate("random-forest", ("accuracy", 0.831), ("latency.p99", 1400), ("model-size", 2e6));
    private static readonly Candidate Boost = Make.Candidate("gradient-boosting", ("accuracy", 0.84), ("latency.p99", 2000), ("model-size", 9e6));

    [Fact]
    public void Should_relax_each_binding_constraint_to_the_measured_value_and_say_what_it_gains()
    {
        // Given latency and size limits that exclude the forest (latency) and the boosting (both).
        var input = new SelectionInput
        {
            Candidates = [Tree, Forest, Boost],
            Constraints = Make.Constraints("latency.p99 <= 1ms", "model-size <= 5MB"),
            Objectives = ["accuracy", "latency.p99"],
            Options = new SelectionOptions { WhatIf = true },
        };

        // When selected with the what-if on request.
        var result = Selector.Select(input);

        // Then the forest, excluded by one constraint, comes first, with its relaxation and gain.
        Assert.Equal("decision-tree", result.Recommended!.Candidate);
        var forest = result.WhatIf[0];
        Assert.Equal(("random-forest", 1400.0, 1000.0, true), (forest.Candidate, forest.RelaxedLimit!.Value, forest.Limit!.Value, forest.OnlyBinding));
        Assert.False(forest.WouldBeRecommended);
        Assert.Equal("latency.p99 <= 1ms excludes random-forest at 1.4 ms; relaxing to 1.4 ms admits it, +3.1 points of accuracy", forest.Text);
        Assert.Contains(forest.Gains, g => g is { Quality: "latency.p99", Better: false, Delta: 1000 });
        var boost = result.WhatIf.Where(w => w.Candidate == "gradient-boosting").ToList();
        Assert.Equal([2000.0, 9e6], boost.Select(w => w.RelaxedLimit!.Value));
        Assert.All(boost, w => Assert.False(w.OnlyBinding));
        Assert.EndsWith("relaxing to 9 MB alone does not admit it: also excluded by latency.p99 <= 1ms", boost[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_when_the_admitted_candidate_would_then_be_recommended()
    {
        // Given weights that favour accuracy, which the forest has more of.
        var input = new SelectionInput
        {
            Candidates = [Tree, Forest],
            Constraints = Make.Constraints("latency.p99 <= 1ms"),
            Weights = new Dictionary<string, double> { ["accuracy"] = 0.9, ["latency.p99"] = 0.1 },
            Options = new SelectionOptions { WhatIf = true },
        };

        var whatIf = Assert.Single(Selector.Select(input).WhatIf);

        Assert.True(whatIf.WouldBeRecommended);
        Assert.EndsWith("+3.1 points of accuracy; it would then be recommended", whatIf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_compute_the_what_if_When_nothing_survives()
    {
        var input = new SelectionInput { Candidates = [Tree, Forest], Constraints = Make.Constraints("accuracy >= 0.9"), Objectives = ["accuracy"] };

        var result = Selector.Select(input);

        Assert.Empty(result.Survivors);
        Assert.Null(result.Recommended);
        Assert.Empty(result.Ranking);
        Assert.Equal(["no candidate meets every constraint"], result.Notes);
        Assert.Equal([0.80, 0.831], result.WhatIf.Select(w => w.RelaxedLimit!.Value));
        Assert.Equal("accuracy >= 0.9 excludes decision-tree at 80%; relaxing to 80% admits it, when nothing survives now; it would then be recommended", result.WhatIf[0].Text);
    }

    [Fact]
    public void Should_not_compute_the_what_if_unless_asked_When_something_survives()
    {
        var result = Selector.Select(new SelectionInput { Candidates = [Tree, Forest], Constraints = Make.Constraints("accuracy >= 0.81"), Objectives = ["accuracy"] });
        Assert.Empty(result.WhatIf);
    }

    [Theory]
    [InlineData(InconclusivePolicy.Keep, 1100.0)]
    [InlineData(InconclusivePolicy.Eliminate, 1300.0)]
    public void Should_relax_to_the_far_end_of_the_interval_When_inconclusive_eliminates(InconclusivePolicy policy, double relaxed)
    {
        var slow = Make.WithInterval("slow", "latency.p99", 1100, 1050, 1300);
        var input = new SelectionInput
        {
            Candidates = [slow],
            Constraints = Make.Constraints("latency.p99 <= 1ms"),
            Objectives = ["latency.p99"],
            Options = new SelectionOptions { Inconclusive = policy },
        };
        Assert.Equal(relaxed, Assert.Single(Selector.Select(input).WhatIf).RelaxedLimit);
    }

    [Fact]
    public void Should_make_a_strict_limit_inclusive_When_relaxing_it()
    {
        var input = new SelectionInput { Candidates = [Forest], Constraints = Make.Constraints("latency.p99 < 1ms"), Objectives = ["accuracy"] };
        Assert.Contains("relaxing to <= 1.4 ms admits it", Assert.Single(Selector.Select(input).WhatIf).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_no_limit_admits_a_candidate_that_was_not_measured()
    {
        var unmeasured = Make.Candidate("unmeasured", ("accuracy", 0.9));
        var input = new SelectionInput
        {
            Candidates = [unmeasured],
            Constraints = Make.Constraints("latency.p99 <= 1ms"),
            Objectives = ["accuracy"],
            Options = new SelectionOptions { Inconclusive = InconclusivePolicy.Eliminate },
        };
        var whatIf = Assert.Single(Selector.Select(input).WhatIf);
        Assert.Null(whatIf.RelaxedLimit);
        Assert.Equal("latency.p99 <= 1ms excludes unmeasured; no limit admits it (not measured)", whatIf.Text);
    }
}
