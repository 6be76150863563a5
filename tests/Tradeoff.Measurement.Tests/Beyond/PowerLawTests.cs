using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class PowerLawTests
{
    [Fact]
    public void The_fit_on_exact_points_recovers_coefficient_and_exponent()
    {
        var fit = PowerLaw.Fit([(10, 3 * Math.Pow(10, 1.5)), (100, 3 * Math.Pow(100, 1.5)), (1000, 3 * Math.Pow(1000, 1.5))])!;

        Assert.Equal(1.5, fit.B, 9);
        Assert.Equal(3, fit.A, 9);
        Assert.Equal(1, fit.R2, 9);
        Assert.Equal(3 * Math.Pow(1e6, 1.5), fit.At(1e6), 1e-3 * fit.At(1e6));
    }

    [Fact]
    public void Points_that_are_not_positive_are_left_out_and_one_size_gives_no_fit()
    {
        Assert.Null(PowerLaw.Fit([(10, 1), (10, 2), (100, 0)]));
        Assert.Equal(2, PowerLaw.Fit([(10, 5), (100, 5), (1000, 0)])!.Points);
    }
}
