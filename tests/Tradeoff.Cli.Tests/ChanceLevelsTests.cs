using Tradeoff.Core.Data;
using Tradeoff.Runs;

namespace Tradeoff.Cli.Tests;

/// <summary>The chance levels the predictive qualities' scales start at, from the training data alone.</summary>
public sealed class ChanceLevelsTests
{
    [Fact]
    public void Should_take_a_classifications_chance_levels_from_the_class_shares()
    {
        // Given ten rows: five of class a, three of b, two of c
        var target = new Column("class", ColumnKind.Nominal, [0, 0, 0, 0, 0, 1, 1, 1, 2, 2], ["a", "b", "c"]);
        var data = new Dataset("test", [new Column("x", ColumnKind.Numeric, new float[10])], target, TaskKind.MulticlassClassification);

        var chance = ChanceLevels.Of(data);

        // Then accuracy is the majority share, macro-f1 that of always predicting it, log-loss the entropy
        Assert.Equal(0.5, chance["accuracy"], 12);
        Assert.Equal(2 * 0.5 / 1.5 / 3, chance["macro-f1"], 12);
        Assert.Equal(-((0.5 * Math.Log(0.5)) + (0.3 * Math.Log(0.3)) + (0.2 * Math.Log(0.2))), chance["log-loss"], 12);
        Assert.Equal(0.5, chance["auc"]);
        Assert.Equal(0.5, chance["robustness.label-noise"], 12);
        Assert.False(chance.ContainsKey("rmse"));
    }

    [Fact]
    public void Should_take_a_regressions_chance_levels_from_the_target_spread()
    {
        // Given the targets 1, 2, 3 and 10: mean 4, median 2.5
        var target = new Column("y", ColumnKind.Numeric, [1, 2, 3, 10]);
        var data = new Dataset("test", [new Column("x", ColumnKind.Numeric, new float[4])], target, TaskKind.Regression);

        var chance = ChanceLevels.Of(data);

        // Then rmse is the population standard deviation, mae the mean distance to the median, r2 and its kin 0
        Assert.Equal(Math.Sqrt((9 + 4 + 1 + 36) / 4.0), chance["rmse"], 12);
        Assert.Equal((1.5 + 0.5 + 0.5 + 7.5) / 4, chance["mae"], 12);
        Assert.Equal(0, chance["r2"]);
        Assert.Equal(0, chance["data-needs.accuracy-50"]);
        Assert.False(chance.ContainsKey("accuracy"));
    }
}
