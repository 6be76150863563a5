namespace Tradeoff.Core.Techniques;

/// <summary>
/// A model a person can read: it renders itself (rules, a tree, coefficients) for <c>tradeoff explain</c> and
/// reports figures of its complexity for the interpretability quality.
/// </summary>
public interface IExplainableModel
{
    /// <summary>The model in a form a person can check: IF-THEN rules, an indented tree, coefficients.</summary>
    string Explain();

    /// <summary>
    /// Complexity figures keyed by kebab-case name (<c>leaves</c>, <c>depth</c>, <c>rules</c>,
    /// <c>mean-rule-length</c>, ...); which keys exist depends on the kind of model.
    /// </summary>
    IReadOnlyDictionary<string, double> Complexity { get; }
}
