using Tradeoff.Techniques.Trees;
using Tradeoff.Testing;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class FeatureBinsTests
{
    [Fact]
    public void Should_give_each_value_its_own_bin_and_midpoint_thresholds_When_there_are_few_distinct_values()
    {
        var bins = FeatureBins.Fit(ToyData.Numeric("x", [3f, 1f, 2f, 1f, 3f]), 256);

        Assert.Equal(3, bins.ValueBins);
        Assert.Equal(-1, bins.MissingBin);
        Assert.Equal([1.5f, 2.5f], bins.Thresholds);
        Assert.Equal(0, bins.BinOf(1f));
        Assert.Equal(2, bins.BinOf(3f));
    }

    [Fact]
    public void Should_cut_at_quantiles_and_keep_each_value_in_one_bin_When_there_are_many_distinct_values()
    {
        var values = Enumerable.Range(0, 1000).Select(i => (float)(i % 500)).Append(float.NaN).ToArray();

        var bins = FeatureBins.Fit(ToyData.Numeric("x", values), 16);

        Assert.InRange(bins.ValueBins, 15, 16);
        Assert.Equal(bins.ValueBins, bins.MissingBin);
        for (var i = 0; i < values.Length - 1; i++)
        {
            var bin = bins.BinOf(values[i]);
            Assert.True(bin == 0 || values[i] > bins.Thresholds[bin - 1], "a value lies above the threshold below its bin");
            Assert.True(bin == bins.ValueBins - 1 || values[i] <= bins.Thresholds[bin], "a value lies at or below the threshold above its bin");
        }
    }
}
