using Tradeoff.Core;
using Tradeoff.Core.Qualities;

namespace Tradeoff.Selection.Tests;

public sealed class ScaleTests
{
    private static QualityScale Scale(string quality, IReadOnlyDictionary<string, ScaleRange>? scales = null, IReadOnlyDictionary<string, double>? chance = null) =>
        ScaleResolver.Of(QualityCatalog.Find(quality)!, scales ?? new Dictionary<string, ScaleRange>(), chance ?? new Dictionary<string, double>());

    [Theory]
    [InlineData(0.1, 1.0)]
    [InlineData(1.0, 13.8155105579642 / 16.1180956509583)]
    [InlineData(1e6, 0.0)]
    [InlineData(5e6, 0.0)]
    [InlineData(0.01, 1.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(-3.0, 1.0)]
    [InlineData(double.NaN, 0.0)]
    public void Latency_is_scaled_logarithmically_from_1_s_to_100_ns(double microseconds, double score)
    {
        Assert.Equal(score, Scale("latency.p99").Scaled(microseconds), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(-5.0, 0.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(1e9, 1.0)]
    [InlineData(31_622.776601683792, 0.5)]
    public void Throughput_is_scaled_the_other_way_round_and_nothing_per_second_is_the_worst(double rowsPerSecond, double score)
    {
        Assert.Equal(score, Scale("throughput").Scaled(rowsPerSecond), 9);
    }

    [Fact]
    public void Accuracy_runs_linearly_from_the_chance_level_of_the_data_to_1()
    {
        var scale = Scale("accuracy", chance: new Dictionary<string, double> { ["accuracy"] = 0.7 });

        Assert.Equal((ScaleKind.Linear, 0.7, 1.0, ScaleSource.Chance), (scale.Kind, scale.Worst, scale.Best, scale.Source));
        Assert.Equal(0.5, scale.Scaled(0.85), 12);
        Assert.Equal(0, scale.Scaled(0.6));
        Assert.Equal("accuracy: linear from 70% (chance level of the training data) to 100%", scale.Text);
    }

    [Fact]
    public void Log_loss_runs_from_the_entropy_of_the_classes_down_to_0()
    {
        var scale = Scale("log-loss", chance: new Dictionary<string, double> { ["log-loss"] = Math.Log(2) });

        Assert.Equal(0.5, scale.Scaled(Math.Log(2) / 2), 12);
        Assert.Equal(1, scale.Scaled(0));
    }

    [Fact]
    public void Without_a_chance_level_a_predictive_quality_falls_back_to_its_reference_range()
    {
        var scale = Scale("accuracy");

        Assert.Equal((0.0, 1.0, ScaleSource.Catalog), (scale.Worst, scale.Best, scale.Source));
    }

    [Theory]
    [InlineData("accuracy", 1.0)]
    [InlineData("rmse", 0.0)]
    public void A_chance_level_at_the_best_end_makes_no_scale_and_is_ignored(string quality, double level)
    {
        // One class in the data (accuracy 1 by guessing) or a constant target (rmse 0) would leave nothing to scale.
        Assert.Equal(ScaleSource.Catalog, Scale(quality, chance: new Dictionary<string, double> { [quality] = level }).Source);
    }

    [Fact]
    public void A_study_scale_keeps_the_catalog_kind_and_takes_the_best_end_from_the_direction()
    {
        var latency = Scale("latency.p99", new Dictionary<string, ScaleRange> { ["latency.p99"] = new(1, 10_000) });
        var accuracy = Scale("accuracy", new Dictionary<string, ScaleRange> { ["accuracy"] = new(0.7, 0.95) }, new Dictionary<string, double> { ["accuracy"] = 0.5 });

        Assert.Equal((ScaleKind.Logarithmic, 10_000.0, 1.0, ScaleSource.Study), (latency.Kind, latency.Worst, latency.Best, latency.Source));
        Assert.Equal(0.5, latency.Scaled(100), 12);
        Assert.Equal("latency.p99: logarithmic from 10 ms to 1 us (set by the study)", latency.Text);
        Assert.Equal((0.7, 0.95, ScaleSource.Study), (accuracy.Worst, accuracy.Best, accuracy.Source));
    }

    [Fact]
    public void The_half_width_of_a_scored_interval_is_half_its_scored_width()
    {
        var scale = Scale("accuracy", chance: new Dictionary<string, double> { ["accuracy"] = 0.5 });

        Assert.Equal(0.04, scale.HalfWidth(0.80, 0.84), 12);
        Assert.Equal(0.0, scale.HalfWidth(null, 0.84));
        Assert.Equal(0.05, scale.HalfWidth(0.95, 1.2), 12);
    }

    [Fact]
    public void Every_quality_that_ranks_has_a_reference_scale_with_usable_ends()
    {
        foreach (var quality in QualityCatalog.All.Where(q => q.Direction != Direction.None).Append(QualityCatalog.Find("fairness.age.equalized-odds")!))
        {
            var scale = Scale(quality.Id);
            Assert.True(scale.Worst != scale.Best, quality.Id);
            Assert.True(quality.Direction == Direction.HigherIsBetter == scale.Best > scale.Worst, quality.Id + " runs the wrong way");
            Assert.True(scale.Kind == ScaleKind.Linear || (scale.Worst > 0 && scale.Best > 0), quality.Id + " has a logarithmic end at or below 0");
            Assert.Equal(1, scale.Scaled(scale.Best), 12);
            Assert.Equal(0, scale.Scaled(scale.Worst), 12);
        }
    }

    [Theory]
    [InlineData("latency.p99", 0.0, 10.0, "scale of 'latency.p99' is logarithmic, so its ends must be above 0; found 0")]
    [InlineData("accuracy", 0.9, 0.8, "scale of 'accuracy' is [0.9, 0.8]; a scale goes from a finite lower end to a higher one")]
    [InlineData("acuracy", 0.1, 0.8, "unknown quality 'acuracy' in the scales; did you mean 'accuracy'?")]
    public void Should_reject_a_scale_that_cannot_score(string quality, double low, double high, string message)
    {
        var input = new SelectionInput
        {
            Candidates = [Make.Candidate("a", ("accuracy", 0.9))],
            Objectives = ["accuracy"],
            Scales = new Dictionary<string, ScaleRange> { [quality] = new(low, high) },
        };

        Assert.StartsWith(message, Assert.Throws<InputException>(() => Selector.Select(input)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_carries_the_scales_it_used_and_a_note_for_a_placeholder()
    {
        var input = new SelectionInput
        {
            Candidates = [Make.Candidate("a", ("rmse", 0.5), ("latency.p99", 3))],
            Weights = new Dictionary<string, double> { ["rmse"] = 1, ["latency.p99"] = 1 },
        };

        var result = Selector.Select(input);

        Assert.Equal(["rmse", "latency.p99"], result.Scales.Select(s => s.Quality));
        Assert.Contains(result.Notes, n => n.StartsWith("rmse has no chance level and no scale from the study", StringComparison.Ordinal));
    }
}
