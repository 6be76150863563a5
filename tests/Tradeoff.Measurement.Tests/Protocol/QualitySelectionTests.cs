using Tradeoff.Core;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Tests.Protocol;

public sealed class QualitySelectionTests
{
    [Fact]
    public void An_empty_list_selects_everything() => Assert.True(new QualitySelection([]).Wants("latency.p99"));

    [Fact]
    public void A_prefix_selects_its_sub_qualities_only()
    {
        var selection = new QualitySelection(["latency", "accuracy"]);
        Assert.True(selection.Wants("latency.p99"));
        Assert.True(selection.Wants("accuracy"));
        Assert.False(selection.Wants("throughput"));
        Assert.False(selection.Wants("auc"));
    }

    [Fact]
    public void An_unknown_quality_is_an_input_error_with_a_suggestion()
    {
        var error = Assert.Throws<InputException>(() => new QualitySelection(["acuracy"]));
        Assert.Contains("accuracy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_seeds_differ_by_coordinate_and_repeat_for_the_same_input()
    {
        Assert.Equal(Seeds.Derive(42, 1, 0), Seeds.Derive(42, 1, 0));
        Assert.NotEqual(Seeds.Derive(42, 1, 0), Seeds.Derive(42, 1, 1));
        Assert.NotEqual(Seeds.Derive(42, 1, 0), Seeds.Derive(43, 1, 0));
        Assert.True(Seeds.Derive(-5, 3) >= 0);
    }
}
