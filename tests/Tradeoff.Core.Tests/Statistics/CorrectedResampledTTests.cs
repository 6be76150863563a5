using Tradeoff.Core.Statistics;

namespace Tradeoff.Core.Tests.Statistics;

public sealed class CorrectedResampledTTests
{
    [Fact]
    public void The_interval_inflates_the_variance_by_one_over_n_plus_the_test_train_ratio()
    {
        // Given 4 fold scores (mean 0.8, variance 0.02/3) of a 4-fold CV (n_test/n_train = 1/3)
        double[] scores = [0.8, 0.9, 0.7, 0.8];

        // When the interval is computed
        var (lower, upper) = CorrectedResampledT.Interval(scores, 1.0 / 3)!.Value;

        // Then it is 0.8 -/+ t(0.975, 3 dof) = 3.18245 x sqrt((1/4 + 1/3) x 0.02/3)
        Assert.Equal(0.6015396045636949, lower, 9);
        Assert.Equal(0.9984603954363052, upper, 9);
    }

    [Fact]
    public void The_interval_is_absent_With_a_single_score() =>
        Assert.Null(CorrectedResampledT.Interval([0.7], 0.1));

    [Fact]
    public void The_paired_test_matches_the_closed_form_t_distribution_with_three_degrees_of_freedom()
    {
        // Given differences 0.1, 0.1, 0, 0.2 (mean 0.1, variance 0.02/3)
        double[] a = [0.8, 0.9, 0.7, 0.8];
        double[] b = [0.7, 0.8, 0.7, 0.6];

        var (t, p) = CorrectedResampledT.PairedTest(a, b, 1.0 / 3);

        // Then t = 0.1 / sqrt((1/4 + 1/3) x 0.02/3) and p from CDF(t) = 1/2 + (t/(sqrt3 (1 + t^2/3)) + atan(t/sqrt3)) / pi
        Assert.Equal(1.6035674514745464, t, 9);
        Assert.Equal(0.20714284399151284, p, 9);
    }

    [Fact]
    public void The_independent_test_adds_both_corrected_variances_of_the_means()
    {
        // Given two tools' 4 fold scores of their own 4-fold CVs: means 0.8 and 0.65, variances 0.02/3 and 0.01/3
        double[] a = [0.8, 0.9, 0.7, 0.8];
        double[] b = [0.7, 0.6, 0.7, 0.6];

        var (t, p) = CorrectedResampledT.IndependentTest(a, b, 1.0 / 3);

        // Then t = 0.15 / sqrt((1/4 + 1/3) x (0.02/3 + 0.01/3)), 3 degrees of freedom, p by the closed form above
        Assert.Equal(1.9639610121239315, t, 9);
        Assert.Equal(0.14429361281438746, p, 9);
    }

    [Fact]
    public void The_independent_test_of_constant_scores_is_decided_by_the_means()
    {
        Assert.Equal((0, 1), CorrectedResampledT.IndependentTest([0.5, 0.5], [0.5, 0.5, 0.5], 0.1));
        Assert.Equal(0, CorrectedResampledT.IndependentTest([0.6, 0.6], [0.5, 0.5], 0.1).P);
    }

    [Fact]
    public void Identical_scores_are_not_different()
    {
        var (t, p) = CorrectedResampledT.PairedTest([0.5, 0.6], [0.5, 0.6], 0.1);
        Assert.Equal(0, t);
        Assert.Equal(1, p);
    }

    [Fact]
    public void A_constant_non_zero_difference_is_significant()
    {
        var (t, p) = CorrectedResampledT.PairedTest([0.6, 0.7], [0.5, 0.6], 0.1);
        Assert.True(double.IsPositiveInfinity(t));
        Assert.Equal(0, p);
    }
}
