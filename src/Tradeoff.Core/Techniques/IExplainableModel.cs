namespace Tradeoff.Core.Techniques;

/// <summary>A model a person can read: its rules, tree or coefficients as text, and figures of its complexity.</summary>
public interface IExplainableModel
{
    /// <summary>The model in readable form: IF-THEN rules, a tree, coefficients, per-class statistics.</summary>
    string Explain();

    /// <summary>
    /// Figures of how much a person must read, by name: <c>leaves</c>, <c>depth</c>, <c>rules</c>,
    /// <c>mean-rule-length</c>, <c>nonzero-coefficients</c> (only those that apply to the model).
    /// </summary>
    IReadOnlyDictionary<string, double> Complexity { get; }
}
