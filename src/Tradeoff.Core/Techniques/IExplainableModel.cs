namespace Tradeoff.Core.Techniques;

/// <summary>A model a person can read: it renders itself as text (rules, a tree, statistics) and states its size.</summary>
public interface IExplainableModel
{
    /// <summary>The model as text a person can check (<c>IF outlook = sunny THEN no</c>, ...).</summary>
    string Explain();

    /// <summary>Its complexity measures by name (<c>rules</c>, <c>leaves</c>, <c>depth</c>, ...).</summary>
    IReadOnlyDictionary<string, double> Complexity { get; }
}
