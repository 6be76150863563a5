namespace Tradeoff.Core.Studies;

/// <summary>
/// The warm-up before every timed quality (<c>protocol.warm-up</c>). .NET runs a method as unoptimized tier-0
/// code until it has been called about 30 times and a call-counting delay of about 100 ms has passed without new
/// compilation; optimized code then replaces it in the background. Timed code is therefore warmed up until the
/// runtime's compilation has settled for <see cref="Quiet"/> and successive rounds agree, for at least
/// <see cref="Minimum"/> and at most <see cref="Maximum"/>; code that never stops compiling is accepted after
/// <see cref="Settle"/> once its figures stop trending (docs/PROTOCOL.md, "Steady state").
/// </summary>
public sealed record WarmUpSpec
{
    /// <summary>The shortest warm-up: longer than the call-counting delay plus a background compilation.</summary>
    public TimeSpan Minimum { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest warm-up; a timed figure reached at this bound says it may not be at steady state.</summary>
    public TimeSpan Maximum { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long warm-up waits for compilation to settle before it accepts figures that no longer trend: some code
    /// generates code as it runs (ML.NET builds new generic code for every pipeline) and never settles.
    /// </summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the runtime must have compiled nothing before code counts as steady: BenchmarkDotNet waits 250 ms
    /// for background compilation after each promotion burst.
    /// </summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(250);
}
