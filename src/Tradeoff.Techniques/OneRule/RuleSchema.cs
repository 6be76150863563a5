namespace Tradeoff.Techniques.OneRule;

/// <summary>The names a rule set is rendered with.</summary>
/// <param name="Attribute">The chosen attribute's name.</param>
/// <param name="IsNominal">True when it is nominal (one branch per level).</param>
/// <param name="Levels">Its levels when nominal.</param>
/// <param name="Classes">The class names.</param>
internal sealed record RuleSchema(string Attribute, bool IsNominal, IReadOnlyList<string> Levels, IReadOnlyList<string> Classes);
