namespace Tradeoff.Selection;

/// <summary>Where a quality's scale comes from.</summary>
public enum ScaleSource
{
    /// <summary>The reference range of the catalog (docs/SELECTION.md lists them).</summary>
    Catalog,

    /// <summary>The study's <c>scales</c> (<see cref="SelectionInput.Scales"/>).</summary>
    Study,

    /// <summary>A predictive quality's scale, starting at the chance level of the training data (<see cref="SelectionInput.Chance"/>).</summary>
    Chance,

    /// <summary>
    /// A declared quality's scale: its levels from first to last, or the span of the candidates' declared numbers
    /// (<see cref="SelectionInput.Declared"/>).
    /// </summary>
    Declared,
}
