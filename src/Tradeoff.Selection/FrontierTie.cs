namespace Tradeoff.Selection;

/// <summary>
/// Two frontier candidates where one would dominate the other on point values, but not beyond the noise: both stay.
/// </summary>
/// <param name="Candidate">The candidate that stays on the frontier although its point values are beaten.</param>
/// <param name="Beside">The candidate whose point values beat it, by differences within the noise.</param>
/// <param name="Qualities">The objectives on which <paramref name="Beside"/> is better by a difference within the noise.</param>
/// <param name="Text">One line: <c>one-rule stays on the frontier beside decision-tree: latency.p99 350 ns vs 330 ns is within the noise</c>.</param>
public sealed record FrontierTie(string Candidate, string Beside, IReadOnlyList<string> Qualities, string Text);
