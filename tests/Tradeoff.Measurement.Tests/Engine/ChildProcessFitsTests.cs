using System.Diagnostics;
using Tradeoff.Measurement.Isolation;

namespace Tradeoff.Measurement.Tests.Engine;

/// <summary>
/// How the run reads a fit apart, with shell scripts standing in for the child (the real child, a network too large
/// for its limit, is tested from the command line in Tradeoff.Cli.Tests/Faults/NativeLimitTests).
/// </summary>
public sealed class ChildProcessFitsTests
{
    private static IsolatedFit Fit(string script, TimeSpan? timeLimit = null, long? memoryLimit = null) =>
        new ChildProcessFits("sh", ["-c", script]).Fit("any", new Dictionary<string, string>(), TestData.Classes(10, 10), 1, 1, timeLimit, memoryLimit, CancellationToken.None);

    [Fact]
    public void Should_read_a_finished_fit_and_its_peak_above_the_start()
    {
        var fit = Fit("echo ready 1000; echo done 0.5 5096");

        Assert.Equal(IsolatedOutcome.Completed, fit.Outcome);
        Assert.Equal(0.5, fit.Seconds);
        Assert.True(fit.PeakBytes >= 4096, $"peak {fit.PeakBytes}");
    }

    [Fact]
    public void Should_stop_a_fit_at_the_time_limit_for_real()
    {
        var clock = Stopwatch.StartNew();

        var fit = Fit("echo ready 1000; sleep 60", timeLimit: TimeSpan.FromMilliseconds(300));

        Assert.Equal(IsolatedOutcome.OverTime, fit.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Should_stop_a_fit_at_the_memory_limit_with_its_true_peak()
    {
        // Given a child whose resident memory is far above the level it said it started from
        var fit = Fit("echo ready 1; sleep 60", memoryLimit: 1024);

        Assert.Equal(IsolatedOutcome.OverMemory, fit.Outcome);
        Assert.True(fit.PeakBytes > 1024, $"peak {fit.PeakBytes}");
    }

    [Fact]
    public void Should_report_a_crash_of_the_fit_without_ending_the_run()
    {
        var fit = Fit("echo ready 1000; echo 'libtorch: illegal instruction' >&2; kill -SEGV $$");

        Assert.Equal(IsolatedOutcome.Crashed, fit.Outcome);
        Assert.Equal("signal 11: libtorch: illegal instruction", fit.Message);
    }

    [Fact]
    public void Should_report_the_technique_s_own_failure_by_its_message()
    {
        var fit = Fit("echo ready 1000; echo 'InvalidOperationException: the solver diverged' >&2; exit 3");

        Assert.Equal(IsolatedOutcome.Failed, fit.Outcome);
        Assert.Equal("InvalidOperationException: the solver diverged", fit.Message);
    }

    [Fact]
    public void Should_report_a_child_that_dies_before_it_is_ready()
    {
        var fit = Fit("exit 134");

        Assert.Equal(IsolatedOutcome.Crashed, fit.Outcome);
        Assert.StartsWith("signal 6", fit.Message, StringComparison.Ordinal);
    }
}
