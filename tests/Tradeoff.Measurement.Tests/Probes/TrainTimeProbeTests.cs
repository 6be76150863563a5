using Tradeoff.Core.Qualities;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class TrainTimeProbeTests
{
    [Fact]
    public void One_steady_fit_gives_an_interval_that_reaches_every_fit_on_the_same_rows()
    {
        // Given a long fit's record as the network's on Fashion-MNIST: a 5-fold fit on fewer rows, the first fit on all
        // rows (the warm-up) and one at steady state, which took 31.0 and 48.5 s in one run
        FitRecord[] fits =
        [
            Fit(12.0, rows: 48_000, first: false, FitSteadiness.WarmUp),
            Fit(31.0, rows: 60_000, first: true, FitSteadiness.WarmUp),
            Fit(48.5, rows: 60_000, first: false, FitSteadiness.CompilationNegligible),
        ];

        // When train-time is summarized
        var value = TrainTimeProbe.Summarize(QualityIds.TrainTime, fits, f => f.WallSeconds, threads: 2, "wall time");

        // Then the figure is the steady fit, and its interval reaches the other fit on all rows, not the fold's
        Assert.Equal(48.5, value.Value);
        Assert.Equal(31.0, value.Lower);
        Assert.Equal(48.5, value.Upper);
        Assert.Contains("every timed fit on all 60,000 training rows, the warm-up included (2 fits, 31 to 48.5 s)", value.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_steady_fits_keep_the_interval_of_their_median()
    {
        // Given a slow warm-up and three steady fits
        FitRecord[] fits =
        [
            Fit(9.0, rows: 100, first: true, FitSteadiness.WarmUp),
            Fit(1.0, rows: 100, first: false, FitSteadiness.Settled),
            Fit(1.1, rows: 100, first: false, FitSteadiness.Settled),
            Fit(1.2, rows: 100, first: false, FitSteadiness.Settled),
        ];

        // When train-time is summarized
        var value = TrainTimeProbe.Summarize(QualityIds.TrainTime, fits, f => f.WallSeconds, threads: 2, "wall time");

        // Then the warm-up stays out of the interval
        Assert.Equal(1.1, value.Value);
        Assert.True(value.Upper <= 1.2, $"upper {value.Upper}");
        Assert.DoesNotContain("warm-up included", value.Protocol, StringComparison.Ordinal);
    }

    private static FitRecord Fit(double seconds, int rows, bool first, FitSteadiness steadiness) =>
        new() { WallSeconds = seconds, CpuSeconds = seconds * 2, Rows = rows, First = first, Steadiness = steadiness };
}
