using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Probes;

/// <summary>How a warm-up ended: steady, or at a bound.</summary>
internal enum WarmUpEnd
{
    /// <summary>The compiler was quiet and the last rounds agreed.</summary>
    Steady,

    /// <summary>The protocol's longest warm-up passed first.</summary>
    TimeLimit,

    /// <summary>The round bound passed first (rounds too short for the clock to see).</summary>
    RoundLimit,

    /// <summary>A hard cap ended it.</summary>
    Cut,
}

/// <summary>One warm-up: how it ended, its rounds and seconds, and the methods compiled meanwhile.</summary>
internal sealed record WarmUpRecord(WarmUpEnd End, int Rounds, double Seconds, long Compiled, WarmUpSpec Spec, int Window, double Tolerance)
{
    public bool Steady => End == WarmUpEnd.Steady;

    /// <summary>The warm-up in words, for a protocol line.</summary>
    public string Describe(string roundWord)
    {
        var what = $"a warm-up of {Invariant.Count(Rounds)} {roundWord}{(Rounds == 1 ? "" : "s")} ({Invariant.Number(Seconds)} s, {Invariant.Count(Compiled)} methods compiled meanwhile)";
        return End switch
        {
            WarmUpEnd.Steady => $"{what}, ended at steady state: nothing compiled for {Milliseconds(Spec.Quiet)} and the last {Invariant.Count(Window)} {roundWord}s within {Invariant.Number(Tolerance * 100)}% of their median",
            WarmUpEnd.TimeLimit => $"{what}, ended at the warm-up limit of {Invariant.Number(Spec.Maximum.TotalSeconds)} s before steady state: figures may include unoptimized code",
            WarmUpEnd.RoundLimit => $"{what}, ended at its round limit: the clock could not resolve a {roundWord}",
            _ => $"{what}, cut short by the hard cap before steady state: figures may include unoptimized code",
        };
    }

    private static string Milliseconds(TimeSpan span) => Invariant.Number(span.TotalMilliseconds) + " ms";
}
