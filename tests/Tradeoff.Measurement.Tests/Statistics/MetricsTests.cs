using Tradeoff.Core.Data;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Tests.Statistics;

public sealed class MetricsTests
{
    [Fact]
    public void Accuracy_and_macro_f1_match_the_hand_computed_values()
    {
        // Given truth 0,0,1,1,2 and predictions 0,1,1,1,0
        var p = Classes(3, [0, 0, 1, 1, 2], [0, 1, 1, 1, 0]);

        // Then accuracy is 3/5; F1 is 0.5 for class 0 (TP 1, FP 1, FN 1), 0.8 for class 1 (TP 2, FP 1), 0 for class 2
        Assert.Equal(0.6, Metrics.Accuracy(p, Metrics.AllRows(5)), 12);
        Assert.Equal((0.5 + 0.8 + 0) / 3, Metrics.MacroF1(p, Metrics.AllRows(5)), 12);
    }

    [Fact]
    public void Auc_counts_a_tie_between_a_positive_and_a_negative_as_one_half()
    {
        // Given positives scored 0.9, 0.5, 0.5 and negatives 0.5, 0.2
        float[] scores = [0.9f, 0.5f, 0.5f, 0.5f, 0.2f];
        int[] truth = [1, 1, 1, 0, 0];
        var outputs = scores.SelectMany(s => new[] { 1 - s, s }).ToArray();
        var p = new PredictionSet(TaskKind.BinaryClassification, 1, 2, truth.Select(t => (float)t).ToArray(), outputs);

        // Then of the 6 positive-negative pairs, 4 are ordered right and 2 tie: (4 + 2 x 0.5) / 6
        Assert.Equal(5.0 / 6, Metrics.Auc(p, Metrics.AllRows(5)), 12);
    }

    [Fact]
    public void Auc_is_undefined_When_the_rows_hold_one_class()
    {
        var p = new PredictionSet(TaskKind.BinaryClassification, 1, 2, [1, 1], [0.2f, 0.8f, 0.4f, 0.6f]);
        Assert.True(double.IsNaN(Metrics.Auc(p, Metrics.AllRows(2))));
    }

    [Fact]
    public void Log_loss_clips_a_zero_probability_at_1e_minus_15()
    {
        // Given true-class probabilities 0.8, 0.5 and 0
        var p = new PredictionSet(TaskKind.BinaryClassification, 1, 2, [0, 1, 0], [0.8f, 0.2f, 0.5f, 0.5f, 0f, 1f]);

        var expected = -(Math.Log(0.8f) + Math.Log(0.5) + Math.Log(1e-15)) / 3;
        Assert.Equal(expected, Metrics.LogLoss(p, Metrics.AllRows(3)), 9);
    }

    [Fact]
    public void Regression_metrics_match_the_hand_computed_values()
    {
        // Given truth 1, 2, 3 and predictions 1, 2, 4: one error of 1; SS_tot = 2
        var p = new PredictionSet(TaskKind.Regression, -1, 1, [1, 2, 3], [1, 2, 4]);
        var rows = Metrics.AllRows(3);

        Assert.Equal(Math.Sqrt(1.0 / 3), Metrics.Compute("rmse", p, rows), 12);
        Assert.Equal(1.0 / 3, Metrics.Compute("mae", p, rows), 12);
        Assert.Equal(0.5, Metrics.Compute("r2", p, rows), 12);
    }

    [Fact]
    public void Metrics_follow_the_row_list_so_a_bootstrap_resample_may_repeat_rows()
    {
        var p = Classes(2, [0, 1], [0, 0]);
        Assert.Equal(2.0 / 3, Metrics.Accuracy(p, [0, 0, 1]), 12);
    }

    [Theory]
    [InlineData("accuracy", 0, 1)]
    [InlineData("auc", 0, 1)]
    [InlineData("log-loss", 0, double.PositiveInfinity)]
    [InlineData("rmse", 0, double.PositiveInfinity)]
    [InlineData("r2", double.NegativeInfinity, 1)]
    public void Each_metric_states_the_range_its_interval_is_clipped_to(string id, double min, double max) =>
        Assert.Equal((min, max), Metrics.Range(id));

    // One-hot probabilities of the predicted classes.
    private static PredictionSet Classes(int k, int[] truth, int[] predicted)
    {
        var outputs = new float[truth.Length * k];
        for (var i = 0; i < predicted.Length; i++)
        {
            outputs[(i * k) + predicted[i]] = 1;
        }

        var task = k == 2 ? TaskKind.BinaryClassification : TaskKind.MulticlassClassification;
        return new PredictionSet(task, k == 2 ? 1 : -1, k, truth.Select(t => (float)t).ToArray(), outputs);
    }
}
