using Tradeoff.Techniques.Trees;

namespace Tradeoff.Techniques.Tests.Trees;

public sealed class BinMaskTests
{
    [Fact]
    public void Should_hold_the_bins_one_by_one_adds_give_When_adding_up_to_a_bin()
    {
        for (var last = 0; last < BinnedData.MaxBins; last++)
        {
            var words = new BinMask();
            words.AddUpTo(last);
            var bins = new BinMask();
            for (var b = 0; b <= last; b++)
            {
                bins.Add(b);
            }

            for (var b = 0; b < BinnedData.MaxBins; b++)
            {
                Assert.Equal(bins.Contains(b), words.Contains(b));
            }
        }
    }
}
