using Tradeoff.Core;
using Tradeoff.Core.Results;

namespace Tradeoff.Selection.Tests;

public sealed class PostEliminationTests
{
    [Theory]
    // constraint, value, lower, upper, outcome, margin
    [InlineData("latency.p99 <= 1ms", 800.0, 700.0, 900.0, Outcome.Pass, 200.0)]
    [InlineData("latency.p99 <= 1ms", 1400.0, 1200.0, 1600.0, Outcome.Fail, -400.0)]
    [InlineData("latency.p99 <= 1ms", 950.0, 900.0, 1100.0, Outcome.Inconclusive, 50.0)]
    [InlineData("latency.p99 <= 1ms", 1050.0, 900.0, 1100.0, Outcome.Inconclusive, -50.0)]
    [InlineData("accuracy >= 0.8", 0.85, 0.82, 0.88, Outcome.Pass, 0.05)]
    [InlineData("accuracy >= 0.8", 0.81, 0.78, 0.84, Outcome.Inconclusive, 0.01)]
    [InlineData("accuracy >= 0.8", 0.7, 0.65, 0.75, Outcome.Fail, -0.1)]
    [InlineData("accuracy > 0.8", 0.8, 0.8, 0.8, Outcome.Fail, 0.0)]
    [InlineData("accuracy == 0.8", 0.8, 0.7, 0.9, Outcome.Pass, 0.0)]
    [InlineData("accuracy == 0.8", 0.75, 0.7, 0.9, Outcome.Inconclusive, -0.05)]
    [InlineData("accuracy == 0.8", 0.6, 0.5, 0.7, Outcome.Fail, -0.2)]
    public void Should_judge_the_value_and_its_interval_against_the_limit(string text, double value, double lower, double upper, Outcome outcome, double margin)
    {
        // Given a candidate whose constrained quality has a 95% interval.
        var quality = text.Split(' ')[0];
        var candidate = Make.WithInterval("c", quality, value, lower, upper);

        // When the constraint is checked.
        var verdict = Assert.Single(PostElimination.Evaluate(candidate, Make.Constraints(text), [candidate]));

        // Then the outcome and the signed margin follow the interval.
        Assert.Equal(outcome, verdict.Outcome);
        Assert.Equal(margin, verdict.Margin!.Value, 9);
        Assert.Equal((value, lower, upper), (verdict.Value, verdict.Lower, verdict.Upper));
        Assert.Equal(outcome == Outcome.Fail, verdict.Eliminates);
    }

    [Fact]
    public void Should_eliminate_an_inconclusive_candidate_When_the_policy_says_so()
    {
        var candidate = Make.WithInterval("c", "accuracy", 0.81, 0.78, 0.84);
        var keep = PostElimination.Evaluate(candidate, Make.Constraints("accuracy >= 0.8"), [candidate], InconclusivePolicy.Keep).Single();
        var eliminate = PostElimination.Evaluate(candidate, Make.Constraints("accuracy >= 0.8"), [candidate], InconclusivePolicy.Eliminate).Single();
        Assert.False(keep.Eliminates);
        Assert.True(eliminate.Eliminates);
        Assert.Contains("straddles the limit 80%", keep.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_be_inconclusive_and_say_not_measured_When_the_value_is_missing()
    {
        var missing = Make.Candidate("missing", ("accuracy", 0.9));
        var unavailable = new Candidate("na", "na", new Dictionary<string, QualityValue> { ["latency.p99"] = QualityValue.Unavailable("us", "no single-row API") }, new HashSet<string>());
        var constraints = Make.Constraints("latency.p99 <= 1ms");

        var first = PostElimination.Evaluate(missing, constraints, [missing, unavailable]).Single();
        var second = PostElimination.Evaluate(unavailable, constraints, [missing, unavailable]).Single();

        Assert.Equal((Outcome.Inconclusive, "not measured", (double?)null), (first.Outcome, first.Note, first.Value));
        Assert.Equal("not measured: no single-row API", second.Note);
        Assert.Null(second.Margin);
    }

    [Fact]
    public void Should_resolve_the_limit_from_the_baseline()
    {
        // Given the baseline at 0.70 and a forest at 0.75.
        var baseline = Make.Candidate("baseline", ("accuracy", 0.70));
        var forest = Make.Candidate("random-forest", ("accuracy", 0.75));

        // When accuracy >= baseline + 0.02 is checked.
        var verdict = PostElimination.Evaluate(forest, Make.Constraints("accuracy >= baseline + 0.02"), [baseline, forest]).Single();

        // Then the limit is 0.72, the margin 0.03, and the derivation says so.
        Assert.Equal(0.72, verdict.Limit!.Value, 12);
        Assert.Equal(0.03, verdict.Margin!.Value, 12);
        Assert.Equal("baseline 70% + 2 points = 72%", verdict.LimitDerivation);
        Assert.Equal(Outcome.Pass, verdict.Outcome);
    }

    [Fact]
    public void Should_resolve_the_limit_from_another_candidate_by_technique_id()
    {
        var tree = new Candidate("my-tree", "decision-tree", new Dictionary<string, QualityValue> { ["latency.p99"] = Make.Value("latency.p99", 500) }, new HashSet<string>());
        var forest = Make.Candidate("random-forest", ("latency.p99", 1400));
        var verdict = PostElimination.Evaluate(forest, Make.Constraints("latency.p99 <= decision-tree * 2"), [tree, forest]).Single();
        Assert.Equal(1000, verdict.Limit);
        Assert.Equal(Outcome.Fail, verdict.Outcome);
        Assert.Equal("latency.p99 <= decision-tree * 2: 1.4 ms is above the limit 1 ms", PostElimination.Reason(verdict));
    }

    [Fact]
    public void Should_be_inconclusive_When_the_referenced_candidate_has_no_value()
    {
        var baseline = Make.Candidate("baseline");
        var forest = Make.Candidate("random-forest", ("accuracy", 0.75));
        var verdict = PostElimination.Evaluate(forest, Make.Constraints("accuracy >= baseline + 0.02"), [baseline, forest]).Single();
        Assert.Equal(Outcome.Inconclusive, verdict.Outcome);
        Assert.Equal("limit not known: baseline has no accuracy", verdict.Note);
    }

    [Fact]
    public void Should_point_at_the_reference_When_no_candidate_has_that_name()
    {
        var forest = Make.Candidate("random-forest", ("latency.p99", 1400));
        var error = Assert.Throws<FileFormatException>(() => PostElimination.Evaluate(forest, Make.Constraints("latency.p99 <= decision-tre * 2"), [forest]));
        Assert.Equal(5 + 15, error.Column);
        Assert.Contains("no candidate 'decision-tre'", error.Problem, StringComparison.Ordinal);
    }
}
