using Tradeoff.Measurement.Tuning;

namespace Tradeoff.Measurement.Tests.Tuning;

public sealed class CostFrugalSearchTests
{
    [Fact]
    public void Should_start_at_the_cheap_point_and_climb_towards_the_best_When_scores_improve()
    {
        // Given a one-setting space whose score peaks at 0.7, starting at the cheap end
        var search = new CostFrugalSearch([0.0], seed: 1);
        var tried = new List<double>();

        // When it runs 40 proposals
        for (var i = 0; i < 40; i++)
        {
            var point = search.Next()!;
            tried.Add(point[0]);
            search.Tell(-Math.Abs(point[0] - 0.7));
        }

        // Then it started at 0 and its best point is near the peak
        Assert.Equal(0.0, tried[0]);
        Assert.InRange(tried.MinBy(x => Math.Abs(x - 0.7)), 0.6, 0.8);
    }

    [Fact]
    public void Should_never_move_the_incumbent_When_no_proposal_scores_better()
    {
        // Given a score that is best at the start
        var search = new CostFrugalSearch([0.5, 0.5], seed: 2);
        var first = search.Next()!;
        search.Tell(1.0);

        // When every later proposal scores worse
        var proposals = new List<double[]>();
        for (var i = 0; i < 12; i++)
        {
            var point = search.Next()!;
            proposals.Add(point);
            search.Tell(0.0);
        }

        // Then each proposal stays within one initial step (0.1 x sqrt 2) of the start
        Assert.Equal([0.5, 0.5], first);
        Assert.All(proposals, p => Assert.InRange(Math.Sqrt(Math.Pow(p[0] - 0.5, 2) + Math.Pow(p[1] - 0.5, 2)), 0, (0.1 * Math.Sqrt(2)) + 1e-9));
    }

    [Fact]
    public void Should_restart_from_another_point_When_the_search_has_converged()
    {
        // Given a flat score: nothing ever improves on the start
        var search = new CostFrugalSearch([0.0], seed: 3);
        var tried = new List<double>();

        // When it runs long enough for the step to reach its floor and fail again
        for (var i = 0; i < 200; i++)
        {
            var point = search.Next()!;
            tried.Add(point[0]);
            search.Tell(0.0);
        }

        // Then it left the neighbourhood of the start (more than its initial step of 0.1 away)
        Assert.Contains(tried, x => x > 0.2);
    }
}
