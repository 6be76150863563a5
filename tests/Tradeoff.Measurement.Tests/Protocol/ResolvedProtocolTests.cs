using Tradeoff.Core;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Protocol;

public sealed class ResolvedProtocolTests
{
    [Fact]
    public void The_default_is_ten_folds()
    {
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec(), ToyData.Binary(), null);
        Assert.Equal(ValidationKind.KFold, protocol.Kind);
        Assert.Equal(10, protocol.Folds);
        Assert.True(protocol.Stratified);
    }

    [Fact]
    public void The_default_is_five_folds_Above_fifty_thousand_rows()
    {
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec(), TestData.Classes(25_001, 25_000), null);
        Assert.Equal(5, protocol.Folds);
    }

    [Fact]
    public void Quick_takes_three_folds_one_repeat_and_two_hundred_latency_samples()
    {
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec { Quick = true, Folds = 10, Repeats = 10 }, ToyData.Binary(), null);
        Assert.Equal(3, protocol.Folds);
        Assert.Equal(1, protocol.Repeats);
        Assert.Equal(200, protocol.LatencySamples);
    }

    [Fact]
    public void More_folds_than_rows_are_cut_to_the_row_count_with_a_warning()
    {
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 30 }, ToyData.Regression(rows: 12), null);
        Assert.Equal(12, protocol.Folds);
        Assert.Contains(protocol.Warnings, w => w.Contains("30 folds", StringComparison.Ordinal));
    }

    [Fact]
    public void One_fold_is_refused_with_an_input_error() =>
        Assert.Throws<InputException>(() => ResolvedProtocol.Resolve(new ProtocolSpec { Folds = 1 }, ToyData.Binary(), null));

    [Fact]
    public void A_test_set_replaces_cross_validation()
    {
        var protocol = ResolvedProtocol.Resolve(new ProtocolSpec(), ToyData.Binary(), ToyData.Binary(rows: 20, seed: 9));
        Assert.Equal(ValidationKind.TestSet, protocol.Kind);
    }

    [Theory]
    [InlineData(false, false, 0, 1, "stratified 10-fold cross-validation, seed 42")]
    [InlineData(false, false, 5, 10, "stratified 5-fold cross-validation repeated 10 times, seed 42")]
    [InlineData(true, false, 0, 1, "stratified 3-fold cross-validation, seed 42 (quick)")]
    [InlineData(false, true, 0, 1, "leave-one-out cross-validation (120 folds), seed 42")]
    public void The_description_states_the_protocol_in_one_line(bool quick, bool loo, int folds, int repeats, string expected)
    {
        var spec = new ProtocolSpec { Quick = quick, LeaveOneOut = loo, Folds = folds, Repeats = repeats };
        Assert.Equal(expected, ProtocolDescription.Describe(spec, ToyData.Binary(), null));
    }

    [Fact]
    public void The_description_of_a_test_set_names_both_sizes()
    {
        var text = ProtocolDescription.Describe(new ProtocolSpec { Seed = 7 }, ToyData.Binary(), ToyData.Binary(rows: 30));
        Assert.Equal("fit on the 120 training rows, scored on the 30-row test set, seed 7", text);
    }

    [Fact]
    public void Regression_folds_are_described_as_shuffled() =>
        Assert.StartsWith("shuffled 10-fold", ProtocolDescription.Describe(new ProtocolSpec(), ToyData.Regression(), null), StringComparison.Ordinal);
}
