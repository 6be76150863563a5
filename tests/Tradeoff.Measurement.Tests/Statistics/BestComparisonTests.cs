using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Tests.Statistics;

public sealed class BestComparisonTests
{
    [Fact]
    public void Each_technique_is_marked_against_the_best_by_the_paired_test()
    {
        // Given three techniques' fold scores on the same 5 folds
        var strong = Result("strong", [0.90, 0.91, 0.92, 0.90, 0.91]);
        var close = Result("close", [0.91, 0.89, 0.90, 0.92, 0.89]);
        var weak = Result("weak", [0.60, 0.62, 0.61, 0.60, 0.61]);

        // When they are compared
        var marked = BestComparison.Mark([strong, close, weak]);

        // Then the best is marked, the close one is not significantly different, the weak one is worse
        Assert.Equal("best", marked[0].Qualities["accuracy"].Note);
        Assert.Equal("not significant", marked[1].Qualities["accuracy"].Note);
        Assert.Equal("worse", marked[2].Qualities["accuracy"].Note);
    }

    [Fact]
    public void Lower_is_better_for_log_loss()
    {
        var low = Result("low", [0.20, 0.21, 0.22, 0.20], "log-loss");
        var high = Result("high", [0.70, 0.71, 0.72, 0.70], "log-loss");

        var marked = BestComparison.Mark([high, low]);

        Assert.Equal("worse", marked[0].Qualities["log-loss"].Note);
        Assert.Equal("best", marked[1].Qualities["log-loss"].Note);
    }

    [Fact]
    public void A_score_without_fold_samples_is_untested()
    {
        var folds = Result("folds", [0.8, 0.9]);
        var single = new TechniqueResult { Name = "single", TechniqueId = "single", Qualities = new Dictionary<string, QualityValue> { ["accuracy"] = new() { Value = 0.5, Unit = "fraction" } } };

        var marked = BestComparison.Mark([folds, single]);

        Assert.Equal(Core.Results.QualityNotes.Untested, marked[1].Qualities["accuracy"].Note);
    }

    private static TechniqueResult Result(string name, double[] folds, string id = "accuracy") => new()
    {
        Name = name,
        TechniqueId = name,
        Qualities = new Dictionary<string, QualityValue>
        {
            [id] = new()
            {
                Value = folds.Average(),
                Unit = "fraction",
                Direction = QualityCatalog.Find(id)!.Direction,
                Samples = folds,
                Details = new Dictionary<string, double> { [AccuracyProbe.TestTrainRatioKey] = 1.0 / (folds.Length - 1) },
            },
        },
    };
}
