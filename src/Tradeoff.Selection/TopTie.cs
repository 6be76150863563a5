namespace Tradeoff.Selection;

/// <summary>
/// Frontier candidates whose utilities are within the noise of the highest: tied at the top. The tie is broken by
/// the simplicity rule (interpretable before not, then fewer parameters, then the smaller id), not by noisy figures.
/// </summary>
/// <param name="Candidates">The tied candidates in the order the rule puts them; the first is the recommendation.</param>
/// <param name="Rule">The part of the rule that put the first before the second (<c>interpretable, naive-bayes is not</c>).</param>
/// <param name="Text">One line: <c>decision-tree and logistic-regression are tied within the noise (utility 0.43 ± 0.04, 0.44 ± 0.03); decision-tree first by the simplicity rule: the smaller id</c>.</param>
public sealed record TopTie(IReadOnlyList<string> Candidates, string Rule, string Text);
