namespace Tradeoff.Selection.Tests;

public sealed class PreEliminationTests
{
    [Fact]
    public void Should_eliminate_before_measuring_by_capability_and_task()
    {
        // Given a tree (interpretable), a network (not) and a regressor that does not learn the task.
        var tree = Make.Candidate("decision-tree", ["interpretable", "handles-missing"]);
        var network = Make.Candidate("neural-network", ["needs-scaling"]);
        var regressor = Make.Candidate("linear-regression", ["interpretable"]) with { SupportsTask = false };

        // When interpretable and handles-missing are required.
        var eliminated = PreElimination.Eliminate([tree, network, regressor], Make.Constraints("interpretable", "handles-missing", "accuracy >= 0.5"), "binary-classification");

        // Then the network and the regressor go, with reasons, and the comparison is left for later.
        Assert.Equal(["neural-network", "linear-regression"], eliminated.Select(e => e.Candidate));
        Assert.Equal(["not trained: not interpretable", "not trained: not handles-missing"], eliminated[0].Reasons);
        Assert.Equal(["not trained: does not learn binary-classification", "not trained: not handles-missing"], eliminated[1].Reasons);
        Assert.All(eliminated, e => Assert.Equal(EliminationStage.BeforeMeasuring, e.Stage));
    }

    [Fact]
    public void Should_eliminate_a_candidate_that_has_a_capability_the_study_rules_out()
    {
        var incremental = Make.Candidate("naive-bayes", ["incremental"]);
        var eliminated = PreElimination.Eliminate([incremental], Make.Constraints("not incremental"));
        Assert.Equal("not trained: incremental, the study asks for not incremental", Assert.Single(Assert.Single(eliminated).Reasons));
    }

    [Fact]
    public void Should_take_the_callers_eliminations_before_measuring_When_it_made_them_already()
    {
        // Given a caller that pre-eliminated the network (before measuring, with its own reason) and a tree it kept
        var tree = Make.Candidate("decision-tree", ["interpretable"], ("accuracy", 0.8));
        var network = Make.Candidate("neural-network", ["interpretable"]);
        var made = new Elimination("neural-network", EliminationStage.BeforeMeasuring, ["not trained: the caller's reason"], []);

        // When selection runs with them
        var result = Selector.Select(new SelectionInput { Candidates = [tree, network], Constraints = Make.Constraints("interpretable"), PreEliminated = [made] });

        // Then it takes them as they are instead of eliminating again, and the tree survives
        Assert.Equal([made], result.Eliminated);
        Assert.Equal(["decision-tree"], result.Survivors);
    }
}
