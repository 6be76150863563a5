namespace Tradeoff.Selection;

/// <summary>
/// One objective of a lexicographic ranking (after FLAML's lexico objectives): candidates within
/// <paramref name="Tolerance"/> of the best on this quality are kept, then the next priority decides among them.
/// </summary>
/// <param name="Quality">The quality id.</param>
/// <param name="Tolerance">Allowed distance from the best: absolute in the quality's unit, or a share of the best's magnitude when <paramref name="Relative"/> (0.05 = 5%).</param>
/// <param name="Relative">True when <paramref name="Tolerance"/> is relative.</param>
public sealed record LexicographicPriority(string Quality, double Tolerance = 0, bool Relative = false);
