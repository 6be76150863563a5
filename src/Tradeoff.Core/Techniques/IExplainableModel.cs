namespace Tradeoff.Core.Techniques;

/// <summary>
/// A model that a person can read: it renders itself (rules, a tree, coefficients) and states its complexity, the
/// figures behind the interpretability quality.
/// </summary>
public interface IExplainableModel
{
    /// <summary>The model as text a person can check: IF-THEN rules, an indented tree, coefficients by magnitude.</summary>
    string Explain();

    /// <summary>
    /// Complexity figures keyed by kebab-case id (<c>leaves</c>, <c>depth</c>, <c>rules</c>, <c>nonzero-coefficients</c>).
    /// </summary>
    IReadOnlyDictionary<string, double> Complexity { get; }
}
