namespace Tradeoff.Techniques.OneRule;

/// <summary>The rule set built on one attribute, with the class counts of each branch.</summary>
/// <param name="Feature">The index of the attribute.</param>
/// <param name="Breakpoints">For a numeric attribute the interval boundaries (a value at or above a boundary goes right); empty for a nominal one.</param>
/// <param name="BranchCounts">Class counts per branch: one branch per level, or per interval.</param>
/// <param name="MissingCounts">Class counts of the rows whose value is missing.</param>
internal sealed record RuleCandidate(int Feature, float[] Breakpoints, int[][] BranchCounts, int[] MissingCounts)
{
    /// <summary>Training rows the rule set classifies correctly: each branch predicts its majority class.</summary>
    public int Correct => BranchCounts.Sum(c => c.Max()) + MissingCounts.Max();
}
