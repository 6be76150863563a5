using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// How cost grows with rows: power laws of training time, training memory and model size over the learning
/// curve's fits, and, when the study states a production volume, their extrapolation to it and the daily
/// inference cost.
/// </summary>
internal static class ScaleProbe
{
    public static Dictionary<string, QualityValue> Measure(IReadOnlyList<CurvePoint> points, ScaleSpec? scale, double? cpuSecondsPerPrediction, double pricePerCpuHour, string partsText)
    {
        var result = new Dictionary<string, QualityValue>(StringComparer.Ordinal);
        var time = PowerLaw.Fit([.. points.Select(p => ((double)p.Rows, p.WallSeconds))]);
        var memory = PowerLaw.Fit([.. points.Where(p => p.PeakMemoryBytes is not null).Select(p => ((double)p.Rows, (double)p.PeakMemoryBytes!.Value))]);
        var size = PowerLaw.Fit([.. points.Select(p => ((double)p.Rows, (double)p.SizeBytes))]);
        var source = $"the {QualityFormat.Count(points.Count)} learning-curve fits (10, 25, 50 and 100% of the training rows of {partsText})";
        result[QualityIds.ScaleTrainTimeExponent] = Exponent(QualityIds.ScaleTrainTimeExponent, time, $"b of a least-squares fit of log(wall seconds of a fit) = log a + b log(rows) over {source}");
        result[QualityIds.ScaleTrainMemoryExponent] = Exponent(QualityIds.ScaleTrainMemoryExponent, memory, $"b of a least-squares fit of log(peak resident memory above the level before the fit) = log a + b log(rows) over {source}; fits that showed no memory growth (0 B) are left out");
        result[QualityIds.ScaleModelSizeExponent] = Exponent(QualityIds.ScaleModelSizeExponent, size, $"b of a least-squares fit of log(saved model bytes) = log a + b log(rows) over {source}");
        if (scale is null)
        {
            const string why = "not available: the study states no production volume (scale: { rows: N, predictions-per-day: M })";
            foreach (var id in (string[])[QualityIds.ScaleProjectedTrainTime, QualityIds.ScaleProjectedModelSize, QualityIds.ScaleDailyInferenceCost])
            {
                result[id] = QualityFactory.Unavailable(id, why);
            }

            return result;
        }

        result[QualityIds.ScaleProjectedTrainTime] = Projection(QualityIds.ScaleProjectedTrainTime, time, scale.Rows, QualityIds.TrainTime);
        result[QualityIds.ScaleProjectedModelSize] = Projection(QualityIds.ScaleProjectedModelSize, size, scale.Rows, QualityIds.ModelSize);
        result[QualityIds.ScaleDailyInferenceCost] = cpuSecondsPerPrediction is { } cpu
            ? QualityFactory.Create(QualityIds.ScaleDailyInferenceCost, cpu * scale.PredictionsPerDay / 3600 * pricePerCpuHour, $"measured CPU seconds per single-row prediction ({Invariant.Number(cpu * 1e6)} us) x {QualityFormat.Count(scale.PredictionsPerDay)} predictions per day / 3,600 x {Invariant.Number(pricePerCpuHour)} USD per CPU hour") with
            {
                Estimated = true,
                SampleCount = 1,
                Note = "projection: assumes the cost per prediction measured here holds in production",
            }
            : QualityFactory.Unavailable(QualityIds.ScaleDailyInferenceCost, "not available: no prediction was timed (latency was not measured)");
        return result;
    }

    private static QualityValue Exponent(string id, PowerLaw? fit, string line)
    {
        if (fit is null)
        {
            return QualityFactory.Unavailable(id, "not available: fewer than two subsample sizes with a positive value to fit");
        }

        return QualityFactory.Create(id, fit.B, line) with
        {
            SampleCount = fit.Points,
            Details = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["a"] = fit.A,
                [QualityIds.R2] = fit.R2,
                ["rows-min"] = fit.XMin,
                ["rows-max"] = fit.XMax,
            },
        };
    }

    private static QualityValue Projection(string id, PowerLaw? fit, long rows, string what)
    {
        if (fit is null)
        {
            return QualityFactory.Unavailable(id, $"not available: no power law of {what} could be fitted");
        }

        return QualityFactory.Create(id, fit.At(rows), $"extrapolation of {what} = {fit.A.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)} x rows^{Invariant.Number(fit.B)} to {QualityFormat.Count(rows)} rows") with
        {
            Estimated = true,
            SampleCount = fit.Points,
            Note = $"extrapolation: fitted on {QualityFormat.Count((long)fit.XMin)} to {QualityFormat.Count((long)fit.XMax)} rows (log-log r2 {Invariant.Number(fit.R2)}), projected to {QualityFormat.Count(rows)}",
            Details = new Dictionary<string, double>(StringComparer.Ordinal) { ["exponent"] = fit.B, ["rows-min"] = fit.XMin, ["rows-max"] = fit.XMax, ["rows"] = rows },
        };
    }
}
