using Tradeoff.Core.Data;
using Tradeoff.Core.Features;

namespace Tradeoff.Core.Tests.Features;

public sealed class SharedFeaturizationTests
{
    private static readonly FeaturizationPlan Standardize = new(OneHot: false, Standardize: true, Impute: false);

    [Fact]
    public void Two_fits_of_the_same_featurization_on_the_same_rows_read_one_copy()
    {
        // Given a data set, and two featurizers fitted on it with the same plan (two techniques that both standardize)
        var data = Data(seed: 1);
        var first = Featurizer.Fit(data, Standardize);
        var second = Featurizer.Fit(data, Standardize);

        // When each transforms the data set
        var a = first.Transform(data);
        var b = second.Transform(data);

        // Then both read the very same columns: one copy of the data, not one per technique
        Assert.Same(a.Features, b.Features);
        Assert.Same(a.Features[0].Values, b.Features[0].Values);
        Assert.NotSame(data.Features[0].Values, a.Features[0].Values);
        Assert.Equal(Expected(data, 0), a.Features[0].Values);
    }

    [Fact]
    public void A_data_set_with_the_same_features_and_another_target_reads_the_same_copy_with_its_own_target()
    {
        // Given a data set, and the same features with other labels (robustness refits on flipped labels)
        var data = Data(seed: 1);
        var flippedTarget = new Column("y", ColumnKind.Nominal, [.. data.Target.Values.Select(v => 1 - v)], ["a", "b"]);
        var flipped = new Dataset(data.Source, data.Features, flippedTarget, data.Task, data.PositiveClass);
        var standardized = Featurizer.Fit(data, Standardize).Transform(data);

        // When the same featurization, fitted on the flipped data set, transforms it
        var copy = Featurizer.Fit(flipped, Standardize).Transform(flipped);

        // Then it reads the columns already standardized (no second copy of the features), beside its own labels
        Assert.Same(standardized.Features, copy.Features);
        Assert.Same(flippedTarget, copy.Target);
        Assert.Same(data.Target, standardized.Target);
        Assert.Equal(Expected(flipped, 0), copy.Features[0].Values);
    }

    [Fact]
    public void A_copy_kept_for_the_next_fit_is_let_go_before_a_fit_on_other_rows_and_kept_before_one_on_the_same_rows()
    {
        // Given a featurized copy of one data set, kept for the next fit though nothing reads it any more
        var data = Data(seed: 5);
        var copy = CopyOf(data);

        // When a fit on the same features (other labels) is announced, and the heap collected
        Featurizer.ReleaseCopiesOtherThan(new Dataset(data.Source, data.Features, data.Target, data.Task, data.PositiveClass));
        Collect();

        // Then the copy is still there for it
        Assert.True(Alive(copy));

        // And when a fit on other rows is announced, the copy is let go and collected
        Featurizer.ReleaseCopiesOtherThan(Data(seed: 6));
        Collect();
        Assert.False(Alive(copy));
    }

    [Fact]
    public void Other_rows_or_another_featurization_get_their_own_copy()
    {
        // Given two data sets with different values, and a featurizer fitted on each
        var one = Data(seed: 1);
        var other = Data(seed: 2);
        var onOne = Featurizer.Fit(one, Standardize);
        var onOther = Featurizer.Fit(other, Standardize);

        // When the featurizer fitted on the first transforms both, and the second's transforms the first
        var own = onOne.Transform(one);
        var foreign = onOne.Transform(other);
        var crossed = onOther.Transform(one);

        // Then each is transformed with its own statistics, none shared with a copy of other values
        Assert.NotSame(own, foreign);
        Assert.NotSame(own, crossed);
        Assert.Equal(Expected(one, 0), own.Features[0].Values);
        Assert.NotEqual(own.Features[0].Values, crossed.Features[0].Values);
    }

    // Made in a frame of its own, so no local of the test keeps the copy alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<IReadOnlyList<Column>> CopyOf(Dataset data) =>
        new(Featurizer.Fit(data, Standardize).Transform(data).Features);

    // In a frame of its own too: the target read out would otherwise stay reachable from the test's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool Alive(WeakReference<IReadOnlyList<Column>> copy) => copy.TryGetTarget(out _);

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    // Standardization written out: (x - mean) / scale with the featurizer's own statistics.
    private static float[] Expected(Dataset data, int feature)
    {
        var step = Featurizer.Fit(data, Standardize).Steps[feature];
        return [.. data.Features[feature].Values.Select(v => (v - step.Mean) / step.Scale)];
    }

    private static Dataset Data(int seed)
    {
        var random = new Random(seed);
        var rows = 50;
        var features = Enumerable.Range(0, 3)
            .Select(f => new Column($"x{f}", ColumnKind.Numeric, [.. Enumerable.Range(0, rows).Select(_ => (float)random.NextDouble() * 10)]))
            .ToList();
        var target = new Column("y", ColumnKind.Nominal, [.. Enumerable.Range(0, rows).Select(r => (float)(r % 2))], ["a", "b"]);
        return new Dataset("test", features, target, TaskKind.BinaryClassification);
    }
}
