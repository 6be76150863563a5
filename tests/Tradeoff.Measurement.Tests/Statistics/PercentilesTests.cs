using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Tests.Statistics;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(5, 15)]
    [InlineData(30, 20)]
    [InlineData(40, 20)]
    [InlineData(50, 35)]
    [InlineData(100, 50)]
    public void Nearest_rank_takes_the_value_at_rank_ceil_p_n(double percent, double expected)
    {
        // The worked example of the nearest-rank method: 15, 20, 35, 40, 50
        double[] sorted = [15, 20, 35, 40, 50];
        Assert.Equal(expected, Percentiles.NearestRank(sorted, percent));
    }

    [Fact]
    public void P99_of_one_to_a_hundred_is_99_and_p90_is_90()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        Assert.Equal(99, Percentiles.NearestRank(sorted, 99));
        Assert.Equal(90, Percentiles.NearestRank(sorted, 90));
        Assert.Equal(50, Percentiles.NearestRank(sorted, 50));
    }

    [Fact]
    public void The_minimum_samples_follow_the_MLPerf_rule()
    {
        Assert.Equal(64, Percentiles.MinimumSamples(90));
        Assert.Equal(662, Percentiles.MinimumSamples(99));
        Assert.Equal(1, Percentiles.MinimumSamples(50));
    }

    [Fact]
    public void Median_averages_the_two_middle_values_of_an_even_count()
    {
        Assert.Equal(2.5, Descriptive.Median([4, 1, 3, 2]));
        Assert.Equal(3, Descriptive.Median([5, 1, 3]));
    }
}
