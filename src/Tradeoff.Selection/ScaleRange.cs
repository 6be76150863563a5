namespace Tradeoff.Selection;

/// <summary>
/// A study's own range for a quality's scale, in the quality's catalog unit, lower end first. The quality's direction
/// says which end is the best; its kind (linear or logarithmic) stays the reference scale's.
/// </summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The higher end, above <paramref name="Low"/> (and both above 0 on a logarithmic scale).</param>
public sealed record ScaleRange(double Low, double High);
