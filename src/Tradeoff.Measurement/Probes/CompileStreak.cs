namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Whether timed code has stopped being recompiled: successive rounds of it (calls, passes, fits) are compared by
/// the methods the runtime compiled during each. While tiered compilation still promotes the code, that number moves
/// from round to round; at steady state it is the same in every round, for most code none at all, for code that
/// generates code on every call (ML.NET emits row accessors for each new pipeline) the same few methods each time,
/// which every use of the technique pays too. Steady means such a streak of equal rounds reaches back at least the
/// quiet time (a streak of rounds that compiled something needs two rounds, or the first compiling round would count).
/// </summary>
internal sealed class CompileStreak
{
    private readonly IJitCounter _counter;
    private readonly TimeProvider _time;
    private long _start;
    private long _compiledAtStart;
    private long _count;
    private TimeSpan _compiling;
    private long _roundStart;
    private long _streakStart;
    private long? _streakCompiled;
    private int _streakRounds;

    public CompileStreak(IJitCounter counter, TimeProvider time)
    {
        _counter = counter;
        _time = time;
        Start();
    }

    /// <summary>Methods compiled since <see cref="Start"/>.</summary>
    public long Compiled => _count - _compiledAtStart;

    /// <summary>Methods compiled in the last round.</summary>
    public long LastRound { get; private set; }

    /// <summary>The time the runtime spent compiling during the last round.</summary>
    public TimeSpan LastRoundCompiling { get; private set; }

    /// <summary>Forgets every round: the next round starts now.</summary>
    public void Start()
    {
        _count = _compiledAtStart = _counter.CompiledMethods;
        _compiling = _counter.CompilationTime;
        _start = _roundStart = _streakStart = _time.GetTimestamp();
        _streakCompiled = null;
        _streakRounds = 0;
    }

    /// <summary>Ends the round that started at the end of the last one; true when the streak of equal rounds reaches back <paramref name="quiet"/>.</summary>
    public bool EndRound(TimeSpan quiet)
    {
        var now = _time.GetTimestamp();
        var count = _counter.CompiledMethods;
        LastRound = count - _count;
        _count = count;
        var compiling = _counter.CompilationTime;
        LastRoundCompiling = compiling - _compiling;
        _compiling = compiling;
        if (LastRound == _streakCompiled)
        {
            _streakRounds++;
        }
        else
        {
            _streakCompiled = LastRound;
            _streakRounds = 1;
            _streakStart = _roundStart;
        }

        _roundStart = now;
        return (LastRound == 0 || _streakRounds >= 2) && _time.GetElapsedTime(_streakStart, now) >= quiet;
    }

    /// <summary>Time since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(_start);
}
