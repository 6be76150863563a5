using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Protocol;

public sealed class SplitterTests
{
    [Fact]
    public void Stratified_folds_keep_the_class_proportions()
    {
        // Given 100 rows of class 0 and 50 of class 1, 10 folds
        var data = TestData.Classes(100, 50);
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 10 }, data, null);

        // When split
        var splits = Splitter.Splits(data, protocol);

        // Then every test part has 10 rows of class 0 and 5 of class 1
        var labels = data.ClassIndices();
        Assert.Equal(10, splits.Count);
        Assert.All(splits, s =>
        {
            Assert.Equal(10, s.Test.Count(r => labels[r] == 0));
            Assert.Equal(5, s.Test.Count(r => labels[r] == 1));
        });
    }

    [Fact]
    public void The_test_parts_partition_the_rows_and_each_train_part_is_the_rest()
    {
        var data = ToyData.Multiclass(rows: 47);
        var splits = Splitter.Splits(data, ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 5, Repeats = 2 }, data, null));

        foreach (var repeat in splits.GroupBy(s => s.Repeat))
        {
            var tested = repeat.SelectMany(s => s.Test).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, 47), tested);
            Assert.All(repeat, s => Assert.Equal(Enumerable.Range(0, 47), s.Train.Concat(s.Test).Order()));
            Assert.All(repeat, s => Assert.InRange(s.Test.Length, 9, 10));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_other_folds()
    {
        var data = ToyData.Binary();
        var a = Splitter.Assign(data, 10, stratified: true, seed: 42);
        var b = Splitter.Assign(data, 10, stratified: true, seed: 42);
        var c = Splitter.Assign(data, 10, stratified: true, seed: 43);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Repeats_reshuffle_the_folds()
    {
        var data = ToyData.Binary();
        var splits = Splitter.Splits(data, ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 5, Repeats = 2 }, data, null));

        Assert.Equal(10, splits.Count);
        Assert.NotEqual(splits[0].Test, splits[5].Test);
    }

    [Fact]
    public void Regression_uses_plain_shuffled_folds_of_near_equal_size()
    {
        var data = ToyData.Regression(rows: 53);
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec(), data, null);
        var splits = Splitter.Splits(data, protocol);

        Assert.False(protocol.Stratified);
        Assert.Equal(10, splits.Count);
        Assert.All(splits, s => Assert.InRange(s.Test.Length, 5, 6));
    }

    [Fact]
    public void Leave_one_out_tests_each_row_alone()
    {
        var data = TestData.Classes(6, 4);
        var splits = Splitter.Splits(data, ResolvedProtocol.Resolve(new ProtocolSpec { LeaveOneOut = true }, data, null));

        Assert.Equal(10, splits.Count);
        Assert.Equal(Enumerable.Range(0, 10), splits.Select(s => Assert.Single(s.Test)).Order());
    }

    [Fact]
    public void A_class_with_fewer_rows_than_folds_gives_a_warning_not_a_crash()
    {
        var data = TestData.Classes(40, 3);
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 10 }, data, null);
        var splits = Splitter.Splits(data, protocol);

        var warning = Assert.Single(protocol.Warnings);
        Assert.Contains("class 'c1' has 3 rows", warning, StringComparison.Ordinal);
        Assert.Equal(3, splits.Count(s => s.Test.Any(r => r >= 40)));
    }
}
