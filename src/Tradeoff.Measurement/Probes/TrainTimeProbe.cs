using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// train-time and train-cpu-time from the fits the protocol made: the median of the fits that ran at steady state
/// (<see cref="FitSteadiness"/>, docs/PROTOCOL.md "Steady state"), with the order-statistic 95% interval of that
/// median; the earlier fits are the warm-up and are reported apart.
/// </summary>
internal static class TrainTimeProbe
{
    /// <summary>Below this many samples the median has no order-statistic interval of its own.</summary>
    public const int FewSamples = 3;

    public static QualityValue Summarize(string id, IReadOnlyList<FitRecord> fits, Func<FitRecord, double> seconds, int threads, string what)
    {
        var descriptor = QualityCatalog.Find(id)!;
        var steady = fits.Where(f => f.Steady).Select(seconds).ToList();
        var warmUp = fits.Where(f => !f.Steady).ToList();
        var atSteadyState = steady.Count > 0;
        // Without a steady fit, the fits after the first are the best there is; the figure then says so.
        var samples = atSteadyState ? steady : fits.Skip(fits.Count > 1 ? 1 : 0).Select(seconds).ToList();
        var (lower, upper, coverage) = MedianInterval.Of(samples);
        var spread = FewSamplesSpread(fits, seconds, samples.Count);
        var details = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["min"] = samples.Min(),
            ["max"] = samples.Max(),
            ["threads"] = threads,
            ["fits"] = fits.Count,
            ["steady-fits"] = steady.Count,
            ["warm-up-fits"] = warmUp.Count,
            ["warm-up-seconds"] = warmUp.Sum(f => f.WallSeconds),
            ["interval-coverage"] = coverage,
        };
        if (fits.FirstOrDefault(f => f.First) is { } first)
        {
            details["first-fit-seconds"] = seconds(first);
        }

        var how = string.Join(", ", new[]
        {
            (FitSteadiness.Settled, "after the compiler settled (the same methods, for most code none, compiled in each fit for the quiet time)"),
            (FitSteadiness.StillCompiling, "past the settle time while the technique kept compiling code it generates as it runs"),
            (FitSteadiness.CompilationNegligible, $"compiling for less than {Invariant.Number(FitRunner.NegligibleCompiling * 100)}% of the fit"),
        }.Select(k => (Count: fits.Count(f => f.Steadiness == k.Item1), Text: k.Item2)).Where(k => k.Count > 0).Select(k => $"{QualityFormat.Count(k.Count)} {k.Text}"));
        var protocol = atSteadyState
            ? $"median {what} of the {Fits(samples.Count)} that ran at steady state ({how}), with {QualityFormat.Count(threads)} threads; the {Fits(warmUp.Count)} before ({Invariant.Number(details["warm-up-seconds"])} s) were the warm-up; 95% interval of the median from order statistics"
            : $"median {what} of {Fits(samples.Count)} after the first, with {QualityFormat.Count(threads)} threads: no fit ran at steady state within the warm-up limit, so the figure includes JIT compilation";
        if (spread is { } range)
        {
            lower = samples.Count > 1 ? Math.Min(lower, range.Min) : range.Min;
            upper = samples.Count > 1 ? Math.Max(upper, range.Max) : range.Max;
            protocol += $"; fewer than {QualityFormat.Count(FewSamples)} samples: the interval reaches every timed fit on all {QualityFormat.Count(range.Rows)} training rows, the warm-up included ({QualityFormat.Count(range.Count)} fits, {Invariant.Number(range.Min)} to {Invariant.Number(range.Max)} s)";
        }

        var hasInterval = samples.Count > 1 || spread is not null;
        return new QualityValue
        {
            Value = Descriptive.Median(samples),
            Unit = descriptor.Unit,
            Direction = descriptor.Direction,
            Std = samples.Count > 1 ? Descriptive.Std(samples) : null,
            Lower = hasInterval ? lower : null,
            Upper = hasInterval ? upper : null,
            SampleCount = samples.Count,
            Samples = samples,
            Details = details,
            Protocol = protocol + " (fits: cross-validation folds, the final fit on all training data, and extra fits on all training data until 5 ran at steady state or the warm-up limit passed)",
            Note = atSteadyState ? null : "not at steady state",
        };
    }

    // With fewer than 3 samples (long fits: the warm-up limit passes first) the median has no interval of its own,
    // and the run-to-run floor (10%) is below what fits of the same rows differ by: the network's fits on
    // Fashion-MNIST took 20.6 to 48.5 s in six runs of one study (docs/BENCHMARKS.md, "The network's slow runs"), and
    // its warm-up and its one steady fit 31.0 and 48.5 s in one of them. The interval then reaches every timed fit
    // on all training rows, the warm-up ones too: on a fit that long compiling is a negligible share (the protocol
    // line says how much), so they differ by the machine, which is what the interval is for. Null when no other fit
    // on those rows was timed.
    private static (int Rows, int Count, double Min, double Max)? FewSamplesSpread(IReadOnlyList<FitRecord> fits, Func<FitRecord, double> seconds, int samples)
    {
        if (samples >= FewSamples || fits.Count == 0)
        {
            return null;
        }

        var rows = fits.Max(f => f.Rows);
        var full = fits.Where(f => f.Rows == rows).Select(seconds).Where(double.IsFinite).ToList();
        return full.Count > samples ? (rows, full.Count, full.Min(), full.Max()) : null;
    }

    // "1 fit", "3 fits": the protocol text is read in reports and the model card.
    private static string Fits(int count) => QualityFormat.Count(count) + (count == 1 ? " fit" : " fits");
}
