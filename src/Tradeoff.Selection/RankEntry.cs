namespace Tradeoff.Selection;

/// <summary>One surviving candidate's place in the ranking.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Rank">1 for the recommended candidate; frontier candidates come before dominated ones.</param>
/// <param name="Utility">Weighted utility in [0, 1]; null under lexicographic priorities.</param>
/// <param name="OnFrontier">True when no other survivor dominates it.</param>
public sealed record RankEntry(string Candidate, int Rank, double? Utility, bool OnFrontier);
