using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Decides when warm-up is over, after BenchmarkDotNet's jitting and warm-up stages: rounds of the timed code run
/// until the runtime has compiled nothing for <see cref="WarmUpSpec.Quiet"/> (every tier promotion and its
/// background compilation done) and the last <c>window</c> rounds agree within <c>tolerance</c> of their median,
/// once <see cref="WarmUpSpec.Minimum"/> has passed; at <see cref="WarmUpSpec.Maximum"/> it gives up and says so.
/// A round's figure is whatever the caller times (a median latency, a pass, a fit).
/// </summary>
internal sealed class SteadyState
{
    private readonly WarmUpSpec _spec;
    private readonly JitWatch _jit;
    private readonly TimeProvider _time;
    private readonly int _window;
    private readonly double _tolerance;
    private readonly int _maxRounds;
    private readonly long _start;
    private readonly long _compiledAtStart;
    private readonly List<double> _rounds = [];

    /// <param name="spec">The protocol's warm-up bounds.</param>
    /// <param name="jit">The engine's watch on the compiler.</param>
    /// <param name="time">The clock.</param>
    /// <param name="window">How many successive rounds must agree.</param>
    /// <param name="tolerance">How far (a share of their median) they may stray.</param>
    /// <param name="maxRounds">A bound for code the clock cannot resolve: this many rounds in no measurable time end the warm-up.</param>
    public SteadyState(WarmUpSpec spec, JitWatch jit, TimeProvider time, int window, double tolerance, int maxRounds)
    {
        _spec = spec;
        _jit = jit;
        _time = time;
        _window = window;
        _tolerance = tolerance;
        _maxRounds = maxRounds;
        jit.QuietFor();
        _compiledAtStart = jit.Count;
        _start = time.GetTimestamp();
    }

    /// <summary>How the warm-up ended, once it has.</summary>
    public WarmUpRecord? Outcome { get; private set; }

    /// <summary>Records one round; true once warm-up is over (see <see cref="Outcome"/>).</summary>
    public bool Add(double round)
    {
        _rounds.Add(round);
        var quiet = _jit.QuietFor();
        var elapsed = _time.GetElapsedTime(_start);
        var ended = elapsed >= _spec.Minimum && quiet >= _spec.Quiet && Agree() ? WarmUpEnd.Steady
            : elapsed >= _spec.Maximum ? WarmUpEnd.TimeLimit
            : _rounds.Count >= _maxRounds && elapsed <= TimeSpan.Zero ? WarmUpEnd.RoundLimit
            : (WarmUpEnd?)null;
        if (ended is { } end)
        {
            Outcome = new WarmUpRecord(end, _rounds.Count, elapsed.TotalSeconds, _jit.Count - _compiledAtStart, _spec, _window, _tolerance);
        }

        return ended is not null;
    }

    /// <summary>Ends the warm-up from outside (a hard cap passed), saying so.</summary>
    public WarmUpRecord Stop()
    {
        _jit.QuietFor();
        return Outcome ??= new WarmUpRecord(WarmUpEnd.Cut, _rounds.Count, _time.GetElapsedTime(_start).TotalSeconds, _jit.Count - _compiledAtStart, _spec, _window, _tolerance);
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
