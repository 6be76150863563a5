using Tradeoff.Measurement.Planning;

namespace Tradeoff.Measurement.Tests.Planning;

public sealed class FitCostTests
{
    [Fact]
    public void A_fixed_cost_per_fit_comes_from_two_sizes()
    {
        // Given a fit on 10% of the rows of 0.3 s and one on all of 1.2 s: 0.2 s fixed plus 1 s per share
        var cost = FitCost.Through(0.1, 0.3, 1.2);

        Assert.Equal(0.2, cost.Fixed, 9);
        Assert.Equal(1.0, cost.PerShare, 9);
        Assert.Equal(0.7, cost.At(0.5), 9);
    }

    [Fact]
    public void A_small_fit_dearer_than_a_full_one_gives_a_falling_line_exact_at_both_sizes()
    {
        var cost = FitCost.Through(0.1, 0.8, 0.02);

        Assert.Equal(0.8, cost.At(0.1), 9);
        Assert.Equal(0.02, cost.At(1), 9);
    }

    [Fact]
    public void A_line_that_would_make_small_fits_free_stays_proportional()
    {
        // 10% of the rows in 1 ms and all in 1 s: a line through them crosses zero above 0 rows
        var cost = FitCost.Through(0.1, 0.001, 1);

        Assert.Equal(FitCost.Proportional(1), cost);
        Assert.Equal(0.25, cost.At(0.25), 9);
    }
}
