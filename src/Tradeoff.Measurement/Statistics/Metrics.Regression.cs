namespace Tradeoff.Measurement.Statistics;

/// <summary>The regression metrics: errors of the one predicted value per row.</summary>
internal static partial class Metrics
{
    public static double MeanSquaredError(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var sum = 0.0;
        foreach (var r in rows)
        {
            var e = (double)p.Outputs[r] - p.Truth[r];
            sum += e * e;
        }

        return rows.IsEmpty ? double.NaN : sum / rows.Length;
    }

    public static double MeanAbsoluteError(PredictionSet p, ReadOnlySpan<int> rows)
    {
        var sum = 0.0;
        foreach (var r in rows)
        {
            sum += Math.Abs((double)p.Outputs[r] - p.Truth[r]);
        }

        return rows.IsEmpty ? double.NaN : sum / rows.Length;
    }

    /// <summary>1 - SS_res / SS_tot around the mean of these rows' truth; NaN when the truth is constant.</summary>
    public static double R2(PredictionSet p, ReadOnlySpan<int> rows)
    {
        if (rows.IsEmpty)
        {
            return double.NaN;
        }

        var mean = 0.0;
        foreach (var r in rows)
        {
            mean += p.Truth[r];
        }

        mean /= rows.Length;
        var residual = 0.0;
        var total = 0.0;
        foreach (var r in rows)
        {
            var e = (double)p.Outputs[r] - p.Truth[r];
            residual += e * e;
            total += (p.Truth[r] - mean) * (p.Truth[r] - mean);
        }

        return total == 0 ? double.NaN : 1 - (residual / total);
    }
}
