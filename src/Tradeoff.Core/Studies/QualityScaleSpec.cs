namespace Tradeoff.Core.Studies;

/// <summary>
/// A quality's scale as a study sets it (<c>scales: { latency.p99: [1us, 10ms] }</c>): the two ends of the range in
/// the quality's catalog unit, lower first. The quality's direction says which end is the best; its kind (linear or
/// logarithmic) stays the reference scale's.
/// </summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The higher end, above <paramref name="Low"/>.</param>
public sealed record QualityScaleSpec(double Low, double High);
