namespace Tradeoff.Core.Techniques;

/// <summary>What one fit may use: its seed, its threads and the token that stops it.</summary>
public sealed record FitContext
{
    /// <summary>The seed of every random step of this fit (derived from the study's seed).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Threads the fit may use; fixed so that timings compare.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Cancels the fit; techniques check it at least once per iteration, tree or epoch.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>A context with a default seed and no cancellation.</summary>
    public static FitContext Default { get; } = new();
}
