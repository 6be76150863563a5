namespace Tradeoff.Selection;

/// <summary>Why one candidate was eliminated.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Stage">Before or after measuring.</param>
/// <param name="Reasons">One line per broken constraint (<c>not trained: not interpretable</c>, <c>latency.p99 &lt;= 1ms: 1.4 ms is above 1 ms</c>).</param>
/// <param name="Verdicts">Every verdict of the candidate (after measuring), including the passing ones.</param>
public sealed record Elimination(
    string Candidate,
    EliminationStage Stage,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<Verdict> Verdicts);
