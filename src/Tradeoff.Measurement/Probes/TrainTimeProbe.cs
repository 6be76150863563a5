using System.Globalization;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>train-time and train-cpu-time from the fits the protocol made: median, min and max, the first fit apart.</summary>
internal static class TrainTimeProbe
{
    public static QualityValue Summarize(string id, IReadOnlyList<FitRecord> fits, Func<FitRecord, double> seconds, int threads, string what)
    {
        var descriptor = QualityCatalog.Find(id)!;
        var first = fits.FirstOrDefault(f => f.First);
        // The first fit pays for JIT compilation and native loading; it is kept apart unless it is the only one.
        var warm = fits.Where(f => !f.First).Select(seconds).ToList();
        var includesFirst = warm.Count == 0;
        var samples = includesFirst ? fits.Select(seconds).ToList() : warm;
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["min"] = samples.Min(),
            ["max"] = samples.Max(),
            ["threads"] = threads,
            ["fits"] = fits.Count,
        };
        if (first is not null)
        {
            details["first-fit-seconds"] = seconds(first);
        }

        var firstNote = first is null ? "" : includesFirst ? "; the only fit is the first of this technique in the run and includes JIT and native loading" : "; the first fit of this technique in the run (JIT, native loading) is reported apart as first-fit-seconds";
        return new QualityValue
        {
            Value = Descriptive.Median(samples),
            Unit = descriptor.Unit,
            Direction = descriptor.Direction,
            Std = samples.Count > 1 ? Descriptive.Std(samples) : null,
            SampleCount = samples.Count,
            Samples = samples,
            Details = details,
            Protocol = $"median {what} of {samples.Count.ToString(CultureInfo.InvariantCulture)} fits (cross-validation folds, the final fit on all training data and any timing runs), with {threads.ToString(CultureInfo.InvariantCulture)} threads{firstNote}",
        };
    }
}
