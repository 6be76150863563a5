namespace Tradeoff.Selection;

/// <summary>The Pareto frontier of a set of candidates over some objectives.</summary>
/// <param name="Frontier">Candidates no frontier candidate dominates, in input order.</param>
/// <param name="DominatedBy">For each dominated candidate, a frontier candidate that dominates it.</param>
/// <param name="Incomplete">Candidates missing a value of some objective (treated as worst there), with those objectives.</param>
public sealed record FrontierResult(
    IReadOnlyList<string> Frontier,
    IReadOnlyDictionary<string, string> DominatedBy,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Incomplete)
{
    /// <summary>Frontier candidates kept beside one whose point values beat theirs by differences within the noise.</summary>
    public IReadOnlyList<FrontierTie> Ties { get; init; } = [];

    /// <summary>Groups of frontier candidates that dominate one another in a cycle (possible with intervals and three objectives or more): all kept.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles { get; init; } = [];
}
