using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Techniques;

public sealed class SearchDimensionTests
{
    [Fact]
    public void Should_spread_values_by_the_logarithm_When_the_scale_is_log()
    {
        var depth = SearchDimension.Int("max-depth", 1, 100, log: true);

        Assert.Equal("1", depth.At(0));
        Assert.Equal("10", depth.At(0.5));
        Assert.Equal("100", depth.At(1));
        Assert.Equal(0.5, depth.PositionOf("10"), 9);
    }

    [Fact]
    public void Should_map_the_unit_interval_onto_the_choices_in_order()
    {
        var hidden = SearchDimension.Choice("hidden", ["[32]", "[100]", "[300, 100]"], cost: 1);

        Assert.Equal(["[32]", "[32]", "[100]", "[300, 100]", "[300, 100]"], new[] { 0, 0.2, 0.5, 0.9, 1 }.Select(hidden.At));
        Assert.Equal(0.5, hidden.PositionOf("[100]"), 9);
        Assert.True(double.IsNaN(hidden.PositionOf("[7]")));
        Assert.Equal(0.0, hidden.CheapEnd);
    }

    [Fact]
    public void Should_name_the_cheap_end_by_the_cost_direction()
    {
        Assert.Equal(0.0, SearchDimension.Int("trees", 10, 300, cost: 1).CheapEnd);
        Assert.Equal(1.0, SearchDimension.Int("leaf", 1, 64, cost: -1).CheapEnd);
        Assert.Null(SearchDimension.Real("rate", 0.01, 0.3, log: true).CheapEnd);
        Assert.Equal("int 1..64, log scale, cost falls with it", SearchDimension.Int("leaf", 1, 64, cost: -1, log: true).Describe());
    }

    [Fact]
    public void Should_refuse_a_log_range_that_reaches_zero()
    {
        Assert.Throws<ArgumentException>(() => SearchDimension.Real("l1", 0, 1, log: true));
        Assert.Throws<ArgumentException>(() => SearchDimension.Int("k", 5, 5));
    }

    [Fact]
    public void Should_leave_out_the_settings_a_study_fixes()
    {
        var space = new SearchSpace([SearchDimension.Int("a", 1, 2), SearchDimension.Int("b", 1, 2)]);

        Assert.Equal(["b"], space.Without(["a"]).Dimensions.Select(d => d.Name));
        Assert.True(space.Without(["a", "b"]).IsEmpty);
    }

    [Fact]
    public void Should_leave_out_a_setting_that_does_not_matter_for_the_task()
    {
        var criterion = SearchDimension.Choice("criterion", ["gini", "entropy"]) with { Tasks = TaskSets.Classification };
        var space = new SearchSpace([SearchDimension.Int("max-depth", 1, 30), criterion]);

        Assert.Equal(["max-depth"], space.For(Core.Data.TaskKind.Regression).Dimensions.Select(d => d.Name));
        Assert.Equal(["max-depth", "criterion"], space.For(Core.Data.TaskKind.BinaryClassification).Dimensions.Select(d => d.Name));
    }
}
