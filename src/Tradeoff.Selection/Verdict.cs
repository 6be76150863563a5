using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>One comparison constraint checked against one candidate's measurement.</summary>
/// <param name="Candidate">The candidate id.</param>
/// <param name="Constraint">The constraint as written.</param>
/// <param name="Quality">The quality id.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Unit">The quality's unit, which every number here is in.</param>
/// <param name="Value">The measured value; null when not measured.</param>
/// <param name="Lower">Lower end of the value's 95% interval, when known.</param>
/// <param name="Upper">Upper end of the value's 95% interval, when known.</param>
/// <param name="Limit">The resolved limit (<c>baseline + 0.02</c> becomes 0.72); null when its reference was not measured.</param>
/// <param name="LimitDerivation">How the limit was resolved (<c>baseline 0.7 + 0.02</c>), or the absolute limit.</param>
/// <param name="Margin">How far the value is inside the limit (positive) or outside it (negative); null when either is missing.</param>
/// <param name="Outcome">PASS, FAIL or INCONCLUSIVE.</param>
/// <param name="Eliminates">True when this verdict eliminates the candidate (FAIL, or INCONCLUSIVE under <see cref="InconclusivePolicy.Eliminate"/>).</param>
/// <param name="Note">Why an INCONCLUSIVE verdict is one (<c>not measured</c>, <c>interval straddles the limit</c>); null otherwise.</param>
public sealed record Verdict(
    string Candidate,
    string Constraint,
    string Quality,
    ComparisonOperator Operator,
    string Unit,
    double? Value,
    double? Lower,
    double? Upper,
    double? Limit,
    string LimitDerivation,
    double? Margin,
    Outcome Outcome,
    bool Eliminates,
    string? Note);
