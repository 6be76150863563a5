using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Statistics;

namespace Tradeoff.Store.Tests;

public sealed class RunComparisonTests
{
    [Fact]
    public void Should_use_a_paired_t_test_When_both_runs_kept_as_many_fold_samples()
    {
        // Given folds a = [0.80, 0.82, 0.84] and b = [0.83, 0.84, 0.88]:
        // differences [0.03, 0.02, 0.04], mean 0.03, sd 0.01, t = 0.03 / (0.01 / sqrt 3) = 5.19615, 2 degrees of freedom;
        // for 2 degrees of freedom the two-sided p is 1 - |t| / sqrt(2 + t^2) = 1 - 5.19615 / 5.38516 = 0.035098.
        var a = Stored(Accuracy(0.82, samples: [0.80, 0.82, 0.84]));
        var b = Stored(Accuracy(0.85, samples: [0.83, 0.84, 0.88]));

        // When the runs are compared
        var change = Assert.Single(RunComparison.Compare(a, b));

        // Then the change is significant at 0.05
        Assert.Equal(SignificanceTest.PairedT, change.Test);
        Assert.Equal(0.035098, change.PValue!.Value, 5);
        Assert.Equal(Significance.Significant, change.Significance);
        Assert.Equal(0.03, change.Change, 12);
        Assert.Equal(0.03 / 0.82, change.RelativeChange, 12);
        Assert.True(change.Improved);
    }

    [Theory]
    // n = 2 and std = 1 in both runs: the standard error is sqrt(1/2 + 1/2) = 1 and the Welch-Satterthwaite
    // degrees of freedom are 1 / (2 * (1/2)^2 / 1) = 2, so p = 1 - t / sqrt(2 + t^2) with t the difference.
    [InlineData(3.0, 0.095466, Significance.NotSignificant)]   // 1 - 3 / sqrt 11
    [InlineData(5.0, 0.037750, Significance.Significant)]      // 1 - 5 / sqrt 27
    public void Should_use_Welch_t_test_When_only_mean_std_and_count_are_known(double difference, double p, Significance expected)
    {
        var a = Stored(Accuracy(10, std: 1, count: 2));
        var b = Stored(Accuracy(10 + difference, std: 1, count: 2));

        var change = Assert.Single(RunComparison.Compare(a, b));

        Assert.Equal(SignificanceTest.WelchT, change.Test);
        Assert.Equal(p, change.PValue!.Value, 5);
        Assert.Equal(expected, change.Significance);
    }

    [Fact]
    public void Should_use_Welch_When_the_runs_kept_a_different_number_of_samples()
    {
        // 3 folds against 2 cannot be paired; mean/std/n come from the stored figures.
        var a = Stored(Accuracy(0.82, samples: [0.80, 0.82, 0.84], std: 0.02, count: 3));
        var b = Stored(Accuracy(0.84, samples: [0.83, 0.85], std: 0.01414, count: 2));

        Assert.Equal(SignificanceTest.WelchT, Assert.Single(RunComparison.Compare(a, b)).Test);
    }

    [Fact]
    public void Should_say_unknown_When_there_is_neither_samples_nor_spread()
    {
        var a = Stored(Accuracy(0.82));
        var b = Stored(Accuracy(0.80));

        var change = Assert.Single(RunComparison.Compare(a, b));

        Assert.Equal(Significance.Unknown, change.Significance);
        Assert.Equal(SignificanceTest.None, change.Test);
        Assert.Null(change.PValue);
        Assert.False(change.Improved);
    }

    [Fact]
    public void Should_say_unknown_and_NaN_When_a_value_is_not_available_in_one_run()
    {
        var a = Stored(Accuracy(0.82, samples: [0.80, 0.82, 0.84]));
        var b = Stored(QualityValue.Unavailable("fraction", "failed") with { Direction = Direction.HigherIsBetter });

        var change = Assert.Single(RunComparison.Compare(a, b));

        Assert.True(double.IsNaN(change.ValueB));
        Assert.True(double.IsNaN(change.Change));
        Assert.Null(change.Improved);
        Assert.Equal(Significance.Unknown, change.Significance);
    }

    [Fact]
    public void Should_compare_only_techniques_and_qualities_present_in_both_runs()
    {
        var shared = StoreSamples.Technique("tree");
        var a = Stored([shared, StoreSamples.Technique("only-a")]);
        var qualities = shared.Qualities.Where(q => q.Key != "parameters").ToDictionary();
        var b = Stored([shared with { Qualities = qualities }, StoreSamples.Technique("only-b")]);

        var changes = RunComparison.Compare(a, b);

        Assert.All(changes, c => Assert.Equal("tree", c.Technique));
        Assert.Equal(["accuracy", "latency.p99", "energy.train", "fairness.accuracy-gap"], changes.Select(c => c.Quality));
        // Identical fold samples: no change, p = 1.
        Assert.Equal(1.0, changes[0].PValue);
        Assert.Equal(Significance.NotSignificant, changes[0].Significance);
    }

    private static QualityValue Accuracy(double value, double[]? samples = null, double? std = null, int? count = null) => new()
    {
        Value = value,
        Unit = "fraction",
        Direction = Direction.HigherIsBetter,
        Samples = samples,
        Std = std,
        SampleCount = count,
    };

    private static StoredRun Stored(QualityValue accuracy) =>
        Stored([new TechniqueResult { Name = "tree", TechniqueId = "decision-tree", Qualities = new Dictionary<string, QualityValue> { ["accuracy"] = accuracy } }]);

    private static StoredRun Stored(IReadOnlyList<TechniqueResult> techniques) => new()
    {
        Id = "r0001",
        Record = StoreSamples.Run(),
        Techniques = techniques,
    };
}
