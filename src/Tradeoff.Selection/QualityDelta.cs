namespace Tradeoff.Selection;

/// <summary>How a candidate compares with the recommendation on one quality.</summary>
/// <param name="Quality">The quality id.</param>
/// <param name="Delta">The candidate's value minus the recommendation's, in the quality's unit.</param>
/// <param name="Better">True when the difference is in the quality's better direction.</param>
/// <param name="Text">The difference in words: <c>+3.1 points of accuracy</c>, <c>0.4 ms lower latency.p99</c>.</param>
public sealed record QualityDelta(string Quality, double Delta, bool Better, string Text);
