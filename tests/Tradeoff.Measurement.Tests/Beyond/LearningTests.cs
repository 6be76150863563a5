using Tradeoff.Core.Features;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

/// <summary>Interpretability, data needs, scale and incremental learning through the engine.</summary>
public sealed class LearningTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Interpretability_comes_from_the_capability_and_complexity_from_the_unwrapped_model()
    {
        var engine = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["interpretability", "complexity"] });

        var stump = engine.Measure("stump", FeaturizedTechnique.Wrap(new StumpTechnique()), NoSettings, ToyData.Binary(), null, CancellationToken.None);
        var centroid = engine.Measure("centroid", new NearestCentroidTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.Equal(1, stump.Qualities["interpretability"].Value);
        Assert.Equal(2, stump.Qualities["interpretability"].Details!["rules"]);
        Assert.False(stump.Qualities["interpretability"].Estimated);
        Assert.Equal("intrinsic: capability of the technique (trees, rules, linear models and naive Bayes can be followed by a person)", stump.Qualities["interpretability"].Protocol);
        Assert.Equal(2, stump.Qualities["complexity.leaves"].Value);
        Assert.Equal(1, stump.Qualities["complexity.depth"].Value);
        Assert.Contains("has no nonzero-coefficients", stump.Qualities["complexity.nonzero-coefficients"].NotAvailable, StringComparison.Ordinal);
        Assert.Equal(0, centroid.Qualities["interpretability"].Value);
        Assert.Contains("not explainable", centroid.Qualities["complexity.leaves"].NotAvailable, StringComparison.Ordinal);
    }

    [Fact]
    public void The_learning_curve_of_the_majority_class_is_flat_and_reaches_95_percent_at_once()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["data-needs"] })
            .Measure("majority", new MajorityTechnique(), NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        var full = result.Qualities["data-needs.accuracy-100"];
        Assert.Equal(0.6, full.Value, 9);
        Assert.Equal(full.Value, result.Qualities["data-needs.accuracy-10"].Value, 9);
        Assert.Equal(3, full.SampleCount);
        var rows = result.Qualities["data-needs.rows-to-95"];
        Assert.Equal(result.Qualities["data-needs.accuracy-10"].Details!["rows"], rows.Value);
        Assert.Equal(10, rows.Value);
        Assert.StartsWith("reached at the smallest subsample", rows.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_learning_curve_interval_uses_its_own_subsample_s_test_train_ratio()
    {
        // Given 60 + 40 rows whose classes overlap (x = class + noise), so a 1-nearest-neighbour scores differently
        // on each part; 10 folds, so each part holds out 6 + 4 = 10 rows and trains on 54 + 36 = 90
        var random = new Random(8);
        var y = Enumerable.Range(0, 100).Select(r => r < 60 ? 0f : 1f).ToArray();
        var x = y.Select(c => c + (1.6f * ((float)random.NextDouble() - 0.5f))).ToArray();
        var data = new Core.Data.Dataset("overlap", [ToyData.Numeric("x", x)], ToyData.Nominal("y", y, "a", "b"), Core.Data.TaskKind.BinaryClassification, 1);

        // When the learning curve is measured
        // (one draw per part, so that each fraction has the 3 part scores the hand computation below uses)
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["data-needs"], DataNeedsRepetition = new RepetitionSpec(1, 1, 0.01) })
            .Measure("one-nn", new OneNearestNeighbourTechnique(), NoSettings, data, null, CancellationToken.None);

        // Then by hand, per fraction: the subsample trains on ceil(f x 54) + ceil(f x 36) rows (10%: 6 + 4 = 10;
        // 25%: 14 + 9 = 23; 50%: 27 + 18 = 45; 100%: 90), so n_test/n_train is 10/10, 10/23, 10/45, 10/90; the
        // interval is mean +/- t(0.975, 2) x sqrt((1/3 + n_test/n_train) x s^2) over the 3 part scores, clipped to [0, 1]
        // t(0.975) with 2 degrees of freedom has the closed form (2p - 1) / sqrt(2p(1 - p)) = 4.3027
        var t = 0.95 / Math.Sqrt(2 * 0.975 * 0.025);
        (string Id, double Rows)[] fractions = [("data-needs.accuracy-10", 10), ("data-needs.accuracy-25", 23), ("data-needs.accuracy-50", 45), ("data-needs.accuracy-100", 90)];
        foreach (var (id, rows) in fractions)
        {
            var value = result.Qualities[id];
            var scores = value.Samples!;
            var mean = scores.Average();
            var variance = scores.Sum(s => (s - mean) * (s - mean)) / 2;
            var half = t * Math.Sqrt(((1 / 3.0) + (10 / rows)) * variance);
            Assert.True(variance > 0, $"{id}: the parts must disagree for the interval to say anything");
            Assert.Equal(rows, value.Details!["rows"]);
            Assert.Equal(Math.Max(0, mean - half), value.Lower!.Value, 6);
            Assert.Equal(Math.Min(1, mean + half), value.Upper!.Value, 6);
            Assert.Equal(10 / rows, value.Details["test-train-ratio"], 12);
        }

        // And at 10% the interval is wider than the full part's ratio (10/90) would make it
        var tenth = result.Qualities["data-needs.accuracy-10"];
        var narrow = t * Math.Sqrt(((1 / 3.0) + (10 / 90.0)) * Math.Pow(tenth.Std!.Value, 2));
        Assert.True(tenth.Value - tenth.Lower!.Value > narrow + 1e-9, "the 10% interval must be wider than one from the full part's ratio");
    }

    [Fact]
    public void Rows_to_95_interpolates_between_curve_points()
    {
        var value = DataNeedsProbe.RowsTo95([0.5, 0.7, 0.9, 1.0], [10, 25, 50, 100], "accuracy");

        // 95% of 1.0 is 0.95, halfway from 0.9 (50 rows) to 1.0 (100 rows)
        Assert.Equal(75, value.Value, 9);
    }

    [Fact]
    public void Scale_fits_the_growth_of_time_memory_and_size_and_projects_to_the_production_volume()
    {
        // Given a technique whose fit costs exactly 1 ms and 1,000 bytes per row, and whose model has a fixed size
        var machine = new FakeMachine();
        var engine = machine.Engine(new ProtocolSpec { Qualities = ["scale", "latency"] }, scale: new ScaleSpec(1_000_000, 50_000_000));

        var result = engine.Measure("stump", new StumpTechnique(machine), NoSettings, ToyData.Binary(rows: 200), null, CancellationToken.None);

        Assert.Equal(1, result.Qualities["scale.train-time-exponent"].Value, 6);
        Assert.Equal(1, result.Qualities["scale.train-memory-exponent"].Value, 6);
        Assert.Equal(0, result.Qualities["scale.model-size-exponent"].Value, 6);
        var time = result.Qualities["scale.projected-train-time"];
        Assert.Equal(1000, time.Value, 3);
        Assert.True(time.Estimated);
        Assert.StartsWith("extrapolation: fitted on", time.Note, StringComparison.Ordinal);
        Assert.Equal(16, result.Qualities["scale.projected-model-size"].Value, 6);
        Assert.True(result.Qualities["scale.daily-inference-cost"].Value >= 0);
    }

    [Fact]
    public void Without_a_production_volume_the_projections_say_how_to_state_one()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["scale.projected-train-time"] })
            .Measure("majority", new MajorityTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.Contains("states no production volume", result.Qualities["scale.projected-train-time"].NotAvailable, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incremental_update_is_timed_against_a_full_retrain_and_streamed_in_batches()
    {
        // Given a counting technique (an update equals a fit on all rows): fits 2 s, updates 0.25 s
        var machine = new FakeMachine();
        var technique = new CountingIncrementalTechnique(machine, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.25));

        var result = machine.Engine(new ProtocolSpec { Qualities = ["incremental"] })
            .Measure("counting", FeaturizedTechnique.Wrap(technique), NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then both are medians of warm timings: 5 updates of fresh copies after a warm-up of 2 (0.5 s passes the
        // 0.3 s minimum), and 5 fits at steady state of the part's size (the 3 parts' own fits and 2 more)
        var update = result.Qualities["incremental.update-time"];
        Assert.Equal(0.25, update.Value, 9);
        Assert.Equal(5, update.SampleCount);
        Assert.Contains("a warm-up of 2 updates", update.Protocol, StringComparison.Ordinal);
        var retrain = result.Qualities["incremental.retrain-time"];
        Assert.Equal(2, retrain.Value, 9);
        Assert.Equal(5, retrain.SampleCount);
        Assert.Equal(8, update.Details!["speedup"], 9);
        Assert.Equal(0, result.Qualities["incremental.accuracy-loss"].Value, 9);
        var stream = result.Qualities["incremental.stream-accuracy"];
        Assert.Equal(5, stream.SampleCount);
        Assert.Equal(0.25, stream.Details!["batch-5 update-seconds"], 9);
        // One update for the accuracy, 2 + 5 timed, 5 streamed
        Assert.Equal(13, technique.Updates);
    }

    [Fact]
    public void Every_update_follows_a_full_collection_as_every_fit_does()
    {
        // Given a counting technique measured for incremental learning
        var machine = new FakeMachine();
        var technique = new CountingIncrementalTechnique(machine, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.25));

        machine.Engine(new ProtocolSpec { Qualities = ["incremental"] })
            .Measure("counting", FeaturizedTechnique.Wrap(technique), NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then a full collection came between each update and the next, the warm-up and timed ones among them (before,
        // the warm-up updates' garbage piled up: the network's row-major copy of the batch, 19 MB an update on Fashion-MNIST)
        var counts = technique.FullCollectionsAtUpdates;
        Assert.Equal(13, counts.Count);
        Assert.All(counts.Zip(counts.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"full collections {string.Join(", ", counts)}"));
    }

    [Fact]
    public void A_technique_that_cannot_learn_incrementally_is_not_supported_never_zero()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["incremental"] })
            .Measure("majority", new MajorityTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.Equal(5, result.Qualities.Count);
        Assert.All(result.Qualities.Values, q =>
        {
            Assert.False(q.IsAvailable);
            Assert.Equal("not supported: majority cannot learn incrementally", q.NotAvailable);
        });
    }
}
