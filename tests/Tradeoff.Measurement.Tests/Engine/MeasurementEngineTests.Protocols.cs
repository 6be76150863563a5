using Tradeoff.Core.Features;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed partial class MeasurementEngineTests
{
    [Fact]
    public void Techniques_are_scored_on_the_same_folds_and_compared_with_the_best()
    {
        // Given a separable binary set, a nearest-centroid technique and the majority class
        var machine = new FakeMachine();
        var engine = machine.Engine(new ProtocolSpec { Qualities = ["accuracy", "auc"] });
        var data = ToyData.Binary();

        var centroid = engine.Measure("centroid", new NearestCentroidTechnique(), NoSettings, data, null, CancellationToken.None);
        var again = engine.Measure("centroid-again", new NearestCentroidTechnique(), NoSettings, data, null, CancellationToken.None);
        var majority = engine.Measure("majority", new MajorityTechnique(), NoSettings, data, null, CancellationToken.None);
        var marked = engine.CompareWithBest([centroid, majority]);

        // Then the same technique gets the same fold scores, and the majority class is significantly worse
        Assert.Equal(centroid.Qualities["accuracy"].Samples, again.Qualities["accuracy"].Samples);
        Assert.Equal("best", marked[0].Qualities["accuracy"].Note);
        Assert.Equal("worse", marked[1].Qualities["accuracy"].Note);
        Assert.Equal("best", marked[0].Qualities["auc"].Note);
        Assert.InRange(centroid.Qualities["accuracy"].Upper!.Value, centroid.Qualities["accuracy"].Value, 1);
    }

    [Fact]
    public void Leave_one_out_keeps_per_row_scores_and_pools_the_others()
    {
        var machine = new FakeMachine();
        var result = machine.Engine(new ProtocolSpec { LeaveOneOut = true, Qualities = ["accuracy", "auc", "macro-f1"] })
            .Measure("centroid", new NearestCentroidTechnique(), NoSettings, TestData.Classes(6, 4), null, CancellationToken.None);

        Assert.Equal(10, result.Qualities["accuracy"].SampleCount);
        Assert.NotNull(result.Qualities["accuracy"].Samples);
        Assert.Null(result.Qualities["auc"].Samples);
        Assert.Contains("pooled", result.Qualities["auc"].Protocol, StringComparison.Ordinal);
        Assert.Contains("pooled", result.Qualities["macro-f1"].Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_class_is_measured_with_a_warning()
    {
        var machine = new FakeMachine();
        var engine = machine.Engine(new ProtocolSpec { Qualities = ["accuracy", "auc"] });

        var result = engine.Measure("centroid", new NearestCentroidTechnique(), NoSettings, TestData.Classes(40, 3), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Contains(engine.Warnings, w => w.Contains("class 'c1' has 3 rows", StringComparison.Ordinal));
        Assert.Contains("pooled", result.Qualities["auc"].Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_set_gives_a_bootstrap_interval_around_its_score()
    {
        var machine = new FakeMachine();
        var result = machine.Engine(new ProtocolSpec { Qualities = ["accuracy"] })
            .Measure("centroid", new NearestCentroidTechnique(), NoSettings, ToyData.Binary(), ToyData.Binary(rows: 60, seed: 8), CancellationToken.None);

        var accuracy = result.Qualities["accuracy"];
        Assert.Equal(60, accuracy.SampleCount);
        Assert.Null(accuracy.Samples);
        Assert.InRange(accuracy.Value, accuracy.Lower!.Value, accuracy.Upper!.Value);
        Assert.Contains("bootstrap", accuracy.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Regression_is_scored_by_rmse_mae_and_r2()
    {
        var machine = new FakeMachine();
        var result = machine.Engine(new ProtocolSpec { Qualities = ["rmse", "mae", "r2", "accuracy"] })
            .Measure("mean", new MajorityTechnique(), NoSettings, ToyData.Regression(), null, CancellationToken.None);

        Assert.Equal(10, result.Qualities["rmse"].SampleCount);
        Assert.True(result.Qualities["rmse"].Value > result.Qualities["mae"].Value * 0.99);
        Assert.True(result.Qualities["r2"].Value < 0.05, "the mean predicts no better than the mean");
        Assert.False(result.Qualities["accuracy"].IsAvailable);
    }

    [Fact]
    public void A_technique_behind_the_shared_featurization_is_measured()
    {
        var machine = new FakeMachine();
        var technique = FeaturizedTechnique.Wrap(new NearestCentroidTechnique());

        var result = machine.Engine(new ProtocolSpec { Qualities = ["accuracy", "model-size", "latency.p50"] })
            .Measure("centroid", technique, NoSettings, ToyData.Multiclass(), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.True(result.Qualities["accuracy"].Value > 0.8);
        Assert.True(result.Qualities["model-size"].Value > 0);
    }

    [Fact]
    public void Inference_allocation_is_zero_for_a_model_that_does_not_allocate_and_counted_for_one_that_does()
    {
        var machine = new FakeMachine();
        var protocol = new ProtocolSpec { Qualities = ["inference-allocated"] };
        var data = TestData.Classes(30, 30);

        var quiet = machine.Engine(protocol).Measure("majority", new MajorityTechnique(), NoSettings, data, null, CancellationToken.None);
        var allocating = machine.Engine(protocol).Measure("clock", new ClockTechnique(machine, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0) { AllocatePerCall = true }, NoSettings, data, null, CancellationToken.None);

        Assert.Equal(0, quiet.Qualities["inference-allocated"].Value);
        Assert.True(allocating.Qualities["inference-allocated"].Value >= 100, "a 100-byte array per call");
    }

    [Fact]
    public void Timing_runs_add_fits_and_progress_hears_of_every_stage()
    {
        var machine = new FakeMachine();
        var progress = new RecordingProgress();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(1));

        var result = machine.Engine(new ProtocolSpec { TimingRuns = 2, Folds = 3 }, progress).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(6, result.Qualities["train-time"].Details!["fits"]);
        Assert.Equal(["accuracy", "train-time", "model-size", "latency", "inference-allocated", "inference-memory", "throughput", "energy", "interpretability", "held-out-fits", "importance", "robustness", "stability", "fairness", "privacy", "data-needs", "scale", "incremental"], progress.Finished);
        Assert.Equal(progress.Started, progress.Finished);
    }

    [Fact]
    public void Should_build_the_held_out_parts_where_protocol_II_begins_When_fairness_runs_before_the_first_probe_that_needs_them()
    {
        // Given a study that asks for fairness, which needs no part, and privacy, registered after it, which does
        var machine = new FakeMachine();
        var progress = new RecordingProgress();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(1));

        // When measured
        machine.Engine(new ProtocolSpec { Qualities = ["fairness", "privacy"], Folds = 3 }, progress).Measure("clock", technique, NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        // Then the parts are fitted where protocol II begins, before fairness, as when every quality is asked for
        Assert.Equal(["held-out-fits", "fairness", "privacy"], progress.Finished);
    }

    [Fact]
    public void A_model_that_cannot_be_loaded_back_leaves_inference_memory_not_available()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["inference-memory"] })
            .Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(30, 30), null, CancellationToken.None);

        Assert.Equal(TechniqueStatus.Measured, result.Status);
        Assert.Contains("loading the saved model failed", result.Qualities["inference-memory"].NotAvailable, StringComparison.Ordinal);
    }

    private sealed class RecordingProgress : IMeasurementProgress
    {
        public List<string> Started { get; } = [];

        public List<string> Finished { get; } = [];

        void IMeasurementProgress.Started(string technique, string quality) => Started.Add(quality);

        void IMeasurementProgress.Finished(string technique, string quality, TimeSpan elapsed) => Finished.Add(quality);
    }
}
