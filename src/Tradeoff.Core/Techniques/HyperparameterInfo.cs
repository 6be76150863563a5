namespace Tradeoff.Core.Techniques;

/// <summary>One setting of a technique, as documented by <c>tradeoff techniques</c> and set in study files.</summary>
/// <param name="Name">Kebab-case key in the study file (<c>max-depth</c>).</param>
/// <param name="Type">int, double, bool, string or a list of choices (<c>entropy|gini</c>).</param>
/// <param name="Default">The default, as text.</param>
/// <param name="Description">One line: what it controls.</param>
public sealed record HyperparameterInfo(string Name, string Type, string Default, string Description);
