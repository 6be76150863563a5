namespace Tradeoff.Selection;

/// <summary>The Pareto frontier of a set of candidates over some objectives.</summary>
/// <param name="Frontier">Candidates no other candidate dominates, in input order.</param>
/// <param name="DominatedBy">For each dominated candidate, a frontier candidate that dominates it.</param>
/// <param name="Incomplete">Candidates missing a value of some objective (treated as worst there), with those objectives.</param>
public sealed record FrontierResult(
    IReadOnlyList<string> Frontier,
    IReadOnlyDictionary<string, string> DominatedBy,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Incomplete);
