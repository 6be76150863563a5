namespace Tradeoff.Measurement.Probes;

/// <summary>What one timed fit cost. The memory, allocation and energy figures exist for detailed fits only.</summary>
internal sealed record FitRecord
{
    public required double WallSeconds { get; init; }

    public required double CpuSeconds { get; init; }

    /// <summary>True for the first fit of this technique in the engine: it pays for JIT and native loading.</summary>
    public bool First { get; init; }

    /// <summary>Whether the fit ran at steady state (docs/PROTOCOL.md, "Steady state").</summary>
    public FitSteadiness Steadiness { get; init; }

    /// <summary>True when the fit ran at steady state: only these fits are train-time samples.</summary>
    public bool Steady => Steadiness != FitSteadiness.WarmUp;

    /// <summary>The training rows of the fit.</summary>
    public int Rows { get; init; }

    public long? PeakMemoryBytes { get; init; }

    public long? AllocatedBytes { get; init; }

    /// <summary>Joules read from hardware counters, null when no counter is readable.</summary>
    public double? Joules { get; init; }
}

/// <summary>Where a fit stood in its technique's warm-up.</summary>
internal enum FitSteadiness
{
    /// <summary>Before steady state: its code may still have been moving up the tiers.</summary>
    WarmUp,

    /// <summary>
    /// The technique's fits had compiled the same methods each (for most, none) for the protocol's quiet time by its
    /// end (<see cref="CompileStreak"/>).
    /// </summary>
    Settled,

    /// <summary>The technique kept compiling past the protocol's settle time (code it generates as it runs).</summary>
    StillCompiling,

    /// <summary>
    /// Not the technique's first fit, at least the settle time long, and compiling took less than 1% of it: the code
    /// its first fit ran hot was promoted by then, and whatever was still compiled cannot have moved the figure by
    /// more (a fit of many seconds never shows a settled streak before the warm-up limit). A short fit proves nothing
    /// by compiling little: tier-0 code waiting for the call-counting delay compiles nothing either.
    /// </summary>
    CompilationNegligible,
}
