using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Probes;

namespace Tradeoff.Measurement.Protocol;

/// <summary>The extra fits timed qualities rest on: fits of a technique on the same rows until enough ran at steady state.</summary>
internal sealed class TimingFits(ProbeContext context, FitRunner runner, ProtocolSpec protocol)
{
    /// <summary>Fits at steady state that train-time and the incremental retrain time rest on, at least.</summary>
    private const int SteadyFits = 5;

    /// <summary>And at least this much of them, so that fits of microseconds rest on many, not on five a collection can spoil...</summary>
    private const double SteadyFitSeconds = 0.1;

    /// <summary>... or this many: a fit of a microsecond costs more in the runner's own reads than in the fit.</summary>
    private const int ManySteadyFits = 200;

    private const int MaxUnseenFits = 50;

    /// <summary>
    /// Extra timing fits on <paramref name="rows"/>, added to <paramref name="fits"/>, until <see cref="SteadyFits"/> of
    /// them ran at steady state for <see cref="SteadyFitSeconds"/> in all, or the warm-up limit has passed (at least one extra fit when none did, so that a slow
    /// technique whose only fit paid for the JIT still gets one figure at steady state).
    /// </summary>
    public void Ensure(TechniqueRun run, ITechnique technique, Dataset rows, List<FitRecord> fits, int index)
    {
        var start = context.Time.GetTimestamp();
        var extra = 0;
        while (true)
        {
            var steady = fits.Count(f => f.Steady);
            var steadySeconds = fits.Where(f => f.Steady).Sum(f => f.WallSeconds);
            var elapsed = context.Time.GetElapsedTime(start);
            // The count bound is for fits the clock cannot see (a fake clock in tests): real fits take time.
            if ((steady >= SteadyFits && (steadySeconds >= SteadyFitSeconds || steady >= ManySteadyFits)) || (elapsed >= protocol.WarmUp.Maximum && (steady > 0 || extra > 0)) || (extra >= MaxUnseenFits && elapsed <= TimeSpan.Zero))
            {
                return;
            }

            fits.Add(Fit(run, technique, rows, index + extra));
            extra++;
        }
    }

    /// <summary>
    /// The extra fits <see cref="Ensure"/> makes for fits of <paramref name="fitSeconds"/> each, when every fit but the
    /// first runs at steady state and <paramref name="steadyAlready"/> fits at steady state ran before (cross-validation's):
    /// enough for the count and the seconds it asks, within the warm-up limit, at least one when none ran before.
    /// </summary>
    public static int Planned(double fitSeconds, TimeSpan warmUpLimit, int steadyAlready)
    {
        var wanted = (fitSeconds <= 0 ? SteadyFits : Math.Min(Math.Max(SteadyFits, (int)Math.Ceiling(SteadyFitSeconds / fitSeconds)), ManySteadyFits)) - steadyAlready;
        if (wanted <= 0)
        {
            return 0;
        }

        var withinLimit = fitSeconds <= 0 ? wanted : Math.Min(wanted, (int)Math.Ceiling(warmUpLimit.TotalSeconds / fitSeconds));
        return Math.Max(steadyAlready > 0 ? 0 : 1, withinLimit);
    }

    /// <summary>
    /// The <paramref name="index"/>-th extra timing fit on <paramref name="rows"/>. On all training rows, while
    /// <see cref="TechniqueRun.Retrains"/> collects, its seed is stability's retrain seed of the same rank and its outputs
    /// on the test set are kept there (predicted after the timed fit): the fit then serves both.
    /// </summary>
    public FitRecord Fit(TechniqueRun run, ITechnique technique, Dataset rows, int index)
    {
        run.Budget.Check();
        var serves = run.Retrains is not null && ReferenceEquals(rows, run.Train) && ReferenceEquals(technique, run.Technique)
            && StabilityProbe.MakesRetrain(index, protocol.StabilityRepetition);
        var seed = serves ? StabilityProbe.RetrainSeed(protocol.Seed, 0, index + 1) : Seeds.Derive(protocol.Seed, 5, index);
        var (model, timing) = runner.Fit(technique, rows, seed, run.Budget.Token, detailed: false);
        using (model)
        {
            if (serves)
            {
                run.Retrains![seed] = AccuracyProbe.Predict(model, run.Test!);
            }
        }

        return timing;
    }

    // Cross-validation folds differ by a row or so; a fit within 1% of the rows is a fit of the same size.
    public static bool SameSize(int rows, int other) => Math.Abs(rows - other) <= Math.Max(1, other / 100);
}
