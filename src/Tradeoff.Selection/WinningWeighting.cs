namespace Tradeoff.Selection;

/// <summary>For one frontier candidate, a weighting under which it would rank first, if one was found.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Weights">Weights by quality id (summing to 1) under which it wins; null when none was found.</param>
/// <param name="Source">How it was found: <c>the study's weights</c>, <c>all weight on accuracy</c>, <c>random weighting</c>, or why none was.</param>
public sealed record WinningWeighting(string Candidate, IReadOnlyDictionary<string, double>? Weights, string Source);
