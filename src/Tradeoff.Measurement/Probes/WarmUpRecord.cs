using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Probes;

/// <summary>How a warm-up ended: steady, or at a bound.</summary>
internal enum WarmUpEnd
{
    /// <summary>The compiler was quiet and the last rounds agreed.</summary>
    Steady,

    /// <summary>The compiler kept compiling, but past the settle time the last rounds agreed and no longer trended.</summary>
    Stationary,

    /// <summary>The protocol's longest warm-up passed first.</summary>
    TimeLimit,

    /// <summary>The round bound passed first (rounds too short for the clock to see).</summary>
    RoundLimit,

    /// <summary>A hard cap ended it.</summary>
    Cut,
}

/// <summary>One warm-up: how it ended, its rounds and seconds, the methods compiled meanwhile and in its last round.</summary>
internal sealed record WarmUpRecord(WarmUpEnd End, int Rounds, double Seconds, long Compiled, long CompiledInLastRound, WarmUpSpec Spec, int Window, double Tolerance)
{
    public bool Steady => End is WarmUpEnd.Steady or WarmUpEnd.Stationary;

    /// <summary>The warm-up in words, for a protocol line.</summary>
    public string Describe(string roundWord)
    {
        var what = $"a warm-up of {QualityFormat.Count(Rounds)} {roundWord}{(Rounds == 1 ? "" : "s")} ({Invariant.Number(Seconds)} s, {QualityFormat.Count(Compiled)} methods compiled meanwhile)";
        return End switch
        {
            WarmUpEnd.Steady => $"{what}, ended at steady state: {Settled(roundWord)} for {Milliseconds(Spec.Quiet)} and the last {QualityFormat.Count(Window)} {roundWord}s within {Invariant.Number(Tolerance * 100)}% of their median",
            WarmUpEnd.Stationary => $"{what}, ended at steady state after {Invariant.Number(Spec.Settle.TotalSeconds)} s: the compiler kept compiling ({QualityFormat.Count(CompiledInLastRound)} methods in the last {roundWord}: code the technique generates as it runs), but the last {QualityFormat.Count(Window)} {roundWord}s were within {Invariant.Number(Tolerance * 100)}% of their median and no longer trended",
            WarmUpEnd.TimeLimit => $"{what}, ended at the warm-up limit of {Invariant.Number(Spec.Maximum.TotalSeconds)} s before steady state: figures may include unoptimized code",
            WarmUpEnd.RoundLimit => $"{what}, ended at its round limit: the clock could not resolve a {roundWord}",
            _ => $"{what}, cut short by the hard cap before steady state: figures may include unoptimized code",
        };
    }

    private string Settled(string roundWord) => CompiledInLastRound == 0
        ? "nothing compiled"
        : $"the same {QualityFormat.Count(CompiledInLastRound)} methods compiled in every {roundWord} (code the technique generates each time)";

    private static string Milliseconds(TimeSpan span) => Invariant.Number(span.TotalMilliseconds) + " ms";
}
