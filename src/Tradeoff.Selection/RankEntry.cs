namespace Tradeoff.Selection;

/// <summary>One surviving candidate's place in the ranking.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Rank">1 for the recommended candidate; frontier candidates come before dominated ones.</param>
/// <param name="Utility">Weighted utility in [0, 1] on the qualities' fixed scales; null under lexicographic priorities.</param>
/// <param name="OnFrontier">True when no frontier candidate dominates it.</param>
public sealed record RankEntry(string Candidate, int Rank, double? Utility, bool OnFrontier)
{
    /// <summary>Half-width of the utility's 95% interval, from the intervals of the scaled values; null under priorities.</summary>
    public double? UtilityHalfWidth { get; init; }

    /// <summary>True when it is one of two or more frontier candidates tied within the noise at the top.</summary>
    public bool TiedAtTop { get; init; }

    /// <summary>
    /// For a frontier candidate worse beyond the noise on every objective than another frontier candidate (possible
    /// only inside a dominance cycle), that candidate: it ranks after the other frontier candidates and never first.
    /// </summary>
    public string? OutrankedBy { get; init; }
}
