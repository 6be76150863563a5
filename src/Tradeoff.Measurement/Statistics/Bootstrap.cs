namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// The percentile bootstrap for a metric on a single test set: resample the test rows with replacement,
/// recompute the metric, take the 2.5% and 97.5% quantiles (nearest rank) of the resampled values.
/// </summary>
internal static class Bootstrap
{
    /// <summary>Resamples drawn; 1,000 keeps the interval ends within about a tenth of its width of their limit.</summary>
    public const int Resamples = 1000;

    /// <summary>The interval and the standard deviation of the resampled values (the standard error); null when undefined.</summary>
    public static (double Lower, double Upper, double Std)? Interval(PredictionSet predictions, string metric, int seed)
    {
        var n = predictions.Count;
        if (n < 2)
        {
            return null;
        }

        var random = new Random(seed);
        var rows = new int[n];
        var values = new List<double>(Resamples);
        for (var b = 0; b < Resamples; b++)
        {
            for (var i = 0; i < n; i++)
            {
                rows[i] = random.Next(n);
            }

            var value = Metrics.Compute(metric, predictions, rows);
            if (!double.IsNaN(value))
            {
                values.Add(value);
            }
        }

        if (values.Count < 2)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        return (Percentiles.NearestRank(sorted, 2.5), Percentiles.NearestRank(sorted, 97.5), Descriptive.Std(values));
    }
}
