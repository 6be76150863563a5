using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class StabilityAndRobustnessTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void A_model_that_ignores_its_input_has_zero_churn_zero_spread_and_zero_noise_drop()
    {
        // Given the majority class, which never looks at a feature, on data with numeric and nominal features
        var data = TestData.WithColour(ToyData.Binary());
        var protocol = new ProtocolSpec { Qualities = ["robustness", "stability", "importance"] };

        // When its robustness and stability are measured
        var result = new FakeMachine().Engine(protocol).Measure("majority", new MajorityTechnique(), NoSettings, data, null, CancellationToken.None);

        // Then nothing it predicts moves with noise or seeds
        Assert.Equal(0, result.Qualities["stability.churn"].Value);
        Assert.Equal("no feature's permutation lowers the score", result.Qualities["importance"].Note);
        Assert.Equal(0, result.Qualities["stability.accuracy-spread"].Value);
        Assert.Equal(0, result.Qualities["robustness.noise-drop"].Value);
        Assert.Equal(0, result.Qualities["robustness.noise-0.3"].Details!["drop"]);
        Assert.Equal(0, result.Qualities["robustness.nominal-noise-drop"].Value);
        Assert.Equal(3, result.Qualities["stability.churn"].SampleCount);
        Assert.Equal(result.Qualities["robustness.noise-0.1"].Details!["clean"], result.Qualities["robustness.noise-0.1"].Value);
    }

    [Fact]
    public void Noise_costs_a_model_that_reads_the_features_accuracy_and_the_clean_figure_is_the_fold_score()
    {
        // Given classes 0.2 apart along x0 + x1, which nearest centroids separate
        var data = ToyData.Binary(rows: 300);
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["accuracy", "robustness"] })
            .Measure("centroid", new NearestCentroidTechnique(), NoSettings, data, null, CancellationToken.None);

        var noisy = result.Qualities["robustness.noise-0.3"];
        Assert.True(noisy.Details!["drop"] > 0, "0.3 sd of noise (about 0.15) must push rows across a 0.2 margin");
        Assert.True(noisy.Value < result.Qualities["robustness.noise-0.1"].Value);
        var folds = result.Qualities["accuracy"].Samples!;
        Assert.Equal(folds.Take(3).Average(), noisy.Details["clean"], 9);
        Assert.Contains("not available", result.Qualities["robustness.nominal-noise"].NotAvailable, StringComparison.Ordinal);
    }

    [Fact]
    public void Flipped_labels_are_not_available_for_regression()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["robustness.label-noise"] })
            .Measure("mean", new MajorityTechnique(), NoSettings, ToyData.Regression(), null, CancellationToken.None);

        Assert.Equal("not available: label flipping applies to classification", result.Qualities["robustness.label-noise"].NotAvailable);
    }

    [Fact]
    public void A_model_trained_on_flipped_labels_is_scored_beside_the_clean_one()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["robustness.label-noise", "robustness.label-noise-drop"] })
            .Measure("centroid", new NearestCentroidTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        var flipped = result.Qualities["robustness.label-noise"];
        Assert.InRange(flipped.Value, 0.5, 1);
        Assert.Equal(flipped.Details!["drop"], result.Qualities["robustness.label-noise-drop"].Value, 9);
    }

    [Fact]
    public void Permutation_importance_finds_the_one_feature_the_model_reads()
    {
        var data = TestData.WithColour(ToyData.Binary());
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["importance"] })
            .Measure("stump", new StumpTechnique(), NoSettings, data, null, CancellationToken.None);

        var importance = result.Qualities["importance"];
        var all = result.Qualities["importance.all"];
        Assert.Equal("most important: x0", importance.Note);
        Assert.True(importance.Value > 0.05);
        Assert.Equal(0, all.Details!["x1"]);
        Assert.Equal(0, all.Details["colour"]);
        Assert.Equal(0, importance.Details!["colour std"]);
        Assert.Equal(3, all.SampleCount);
    }

    [Fact]
    public void Permutation_importance_evaluates_the_same_features_whatever_the_speed()
    {
        // Given 60 features, and predictions of 10 ms a row on the fake clock (a feature's 3 permutations of the
        // held-out parts' rows take about a second), and the same predictions instantly
        var random = new Random(5);
        var labels = Enumerable.Range(0, 120).Select(r => (float)(r % 2)).ToArray();
        var features = Enumerable.Range(0, 60).Select(f => ToyData.Numeric($"x{f}", labels.Select(y => y + (float)random.NextDouble()).ToArray())).ToList();
        var data = new Dataset("wide", features, ToyData.Nominal("y", labels, "no", "yes"), TaskKind.BinaryClassification, 1);
        var slow = new FakeMachine();
        var fast = new FakeMachine();

        // When each measures importance
        var slowly = slow.Engine(new ProtocolSpec { Qualities = ["importance"] }).Measure("clock", slow.Clock(TimeSpan.Zero, TimeSpan.FromMilliseconds(10)), NoSettings, data, null, CancellationToken.None);
        var quickly = fast.Engine(new ProtocolSpec { Qualities = ["importance"] }).Measure("clock", fast.Clock(TimeSpan.Zero, TimeSpan.Zero), NoSettings, data, null, CancellationToken.None);

        // Then both evaluate the same 50 features, a seeded sample stated in the protocol line (before, a 10 s cap
        // stopped the slow one after 10 features and let the fast one evaluate all 60)
        var slowAll = slowly.Qualities["importance.all"];
        var quickAll = quickly.Qualities["importance.all"];
        Assert.Equal(50, slowAll.SampleCount);
        Assert.Equal(quickAll.Details!.Keys.Order(), slowAll.Details!.Keys.Order());
        Assert.Contains("the 50 of the 60 features with the largest drops in a screening of every feature", slowAll.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Permutation_importance_of_wide_data_finds_the_one_feature_the_model_reads()
    {
        // Given 784 features and a stump that reads the first alone
        var random = new Random(6);
        var labels = Enumerable.Range(0, 120).Select(r => (float)(r % 2)).ToArray();
        var features = Enumerable.Range(0, 784).Select(f => ToyData.Numeric($"x{f}", labels.Select(y => ((f == 0 ? 2 : 0) * y) + (float)random.NextDouble()).ToArray())).ToList();
        var data = new Dataset("wide", features, ToyData.Nominal("y", labels, "no", "yes"), TaskKind.BinaryClassification, 1);

        // When importance is measured
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["importance"] })
            .Measure("stump", new StumpTechnique(), NoSettings, data, null, CancellationToken.None);

        // Then the screening kept it among the 50 evaluated in full (a seeded random 50 of the 784 did not hold it)
        Assert.Equal("most important: x0", result.Qualities["importance"].Note);
        Assert.True(result.Qualities["importance"].Value > 0.3);
    }

    [Fact]
    public void Bootstrap_spread_is_measured_on_resampled_training_rows()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["stability.bootstrap-spread"] })
            .Measure("centroid", new NearestCentroidTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        var spread = result.Qualities["stability.bootstrap-spread"];
        Assert.Equal(3, spread.SampleCount);
        Assert.True(spread.Value >= 0);
        Assert.InRange(spread.Details!["churn"], 0, 1);
    }
}
