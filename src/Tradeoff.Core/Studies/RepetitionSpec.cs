namespace Tradeoff.Core.Studies;

/// <summary>
/// How often a probe that repeats fits (stability, robustness to label noise, data needs) repeats them: at least
/// <see cref="Minimum"/> repetitions, then more until the 95% interval of what it measures has a half-width of at
/// most <see cref="HalfWidth"/>, at most <see cref="Maximum"/> (docs/PROTOCOL.md, "Adaptive repetition").
/// </summary>
/// <param name="Minimum">Repetitions always made (at least 1).</param>
/// <param name="Maximum">Repetitions never exceeded (at least <paramref name="Minimum"/>).</param>
/// <param name="HalfWidth">The target half-width of the 95% interval, in the quality's unit (a fraction: 0.01 is one point).</param>
public sealed record RepetitionSpec(int Minimum, int Maximum, double HalfWidth);
