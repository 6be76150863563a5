namespace Tradeoff.Selection;

/// <summary>The recommended candidate and why, in words generated from the numbers.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Text">One line: <c>random-forest: highest accuracy among interpretable candidates; 0.4 ms slower than decision-tree at p99</c>.</param>
/// <param name="Reasons">The parts of <paramref name="Text"/> after the id, one per entry.</param>
public sealed record Recommendation(string Candidate, string Text, IReadOnlyList<string> Reasons)
{
    /// <summary>The tie at the top it won by the simplicity rule; null when it ranks first beyond the noise.</summary>
    public TopTie? Tie { get; init; }
}
