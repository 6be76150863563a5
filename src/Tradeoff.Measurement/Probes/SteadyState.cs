using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Decides when warm-up is over, after BenchmarkDotNet's jitting and warm-up stages: rounds of the timed code run
/// until the runtime's compilation has settled for <see cref="WarmUpSpec.Quiet"/> (every tier promotion and its
/// background compilation done, <see cref="CompileStreak"/>) and the last <c>window</c> rounds agree within
/// <c>tolerance</c> of their median, once <see cref="WarmUpSpec.Minimum"/> has passed. Code that keeps compiling
/// (ML.NET builds new generic code for every pipeline) never settles: past <see cref="WarmUpSpec.Settle"/> its
/// warm-up ends when the last rounds agree and no longer trend (BenchmarkDotNet's fluctuation rule), and says so. At
/// <see cref="WarmUpSpec.Maximum"/> it gives up and says that. A round's figure is whatever the caller times (a
/// median latency, a pass, an update).
/// </summary>
internal sealed class SteadyState
{
    private readonly WarmUpSpec _spec;
    private readonly CompileStreak _compiler;
    private readonly TimeProvider _time;
    private readonly int _window;
    private readonly double _tolerance;
    private readonly int _maxRounds;
    private readonly long _start;
    private readonly List<double> _rounds = [];

    /// <param name="spec">The protocol's warm-up bounds.</param>
    /// <param name="jit">The runtime's count of compiled methods.</param>
    /// <param name="time">The clock.</param>
    /// <param name="window">How many successive rounds must agree.</param>
    /// <param name="tolerance">How far (a share of their median) they may stray.</param>
    /// <param name="maxRounds">A bound for code the clock cannot resolve: this many rounds in no measurable time end the warm-up.</param>
    public SteadyState(WarmUpSpec spec, IJitCounter jit, TimeProvider time, int window, double tolerance, int maxRounds)
    {
        _spec = spec;
        _compiler = new CompileStreak(jit, time);
        _time = time;
        _window = window;
        _tolerance = tolerance;
        _maxRounds = maxRounds;
        _start = time.GetTimestamp();
    }

    /// <summary>How the warm-up ended, once it has.</summary>
    public WarmUpRecord? Outcome { get; private set; }

    /// <summary>Records one round; true once warm-up is over (see <see cref="Outcome"/>).</summary>
    public bool Add(double round)
    {
        _rounds.Add(round);
        var settled = _compiler.EndRound(_spec.Quiet);
        var elapsed = _time.GetElapsedTime(_start);
        var ended = elapsed >= _spec.Minimum && settled && Agree() ? WarmUpEnd.Steady
            : elapsed >= _spec.Settle && Agree() && Fluctuating() ? WarmUpEnd.Stationary
            : elapsed >= _spec.Maximum ? WarmUpEnd.TimeLimit
            : _rounds.Count >= _maxRounds && elapsed <= TimeSpan.Zero ? WarmUpEnd.RoundLimit
            : (WarmUpEnd?)null;
        if (ended is { } end)
        {
            Outcome = new WarmUpRecord(end, _rounds.Count, elapsed.TotalSeconds, _compiler.Compiled, _compiler.LastRound, _spec, _window, _tolerance);
        }

        return ended is not null;
    }

    /// <summary>Ends the warm-up from outside (a hard cap passed), saying so.</summary>
    public WarmUpRecord Stop()
    {
        _compiler.EndRound(_spec.Quiet);
        return Outcome ??= new WarmUpRecord(WarmUpEnd.Cut, _rounds.Count, _time.GetElapsedTime(_start).TotalSeconds, _compiler.Compiled, _compiler.LastRound, _spec, _window, _tolerance);
    }

    // BenchmarkDotNet's automatic warm-up rule: the figures have changed direction at least 4 times over the last
    // rounds, so they wander around a level instead of still falling (or rising) towards one.
    private bool Fluctuating()
    {
        const int rounds = 8;
        if (_rounds.Count < rounds)
        {
            return false;
        }

        var changes = 0;
        var direction = 0;
        for (var i = _rounds.Count - rounds + 1; i < _rounds.Count; i++)
        {
            var next = Math.Sign(_rounds[i] - _rounds[i - 1]);
            if (next != direction || next == 0)
            {
                direction = next;
                changes++;
            }
        }

        return changes >= 4;
    }

    private bool Agree()
    {
        if (_rounds.Count < _window)
        {
            return false;
        }

        var last = _rounds.GetRange(_rounds.Count - _window, _window);
        last.Sort();
        var median = last[last.Count / 2];
        return last[0] >= median * (1 - _tolerance) && last[^1] <= median * (1 + _tolerance);
    }
}
