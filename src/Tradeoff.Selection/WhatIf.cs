namespace Tradeoff.Selection;

/// <summary>The smallest relaxation of one binding constraint that would admit one eliminated candidate, and what it would gain.</summary>
/// <param name="Candidate">The eliminated candidate.</param>
/// <param name="Constraint">The binding constraint as written.</param>
/// <param name="Quality">The constrained quality.</param>
/// <param name="Unit">The quality's unit.</param>
/// <param name="Value">The candidate's measured value.</param>
/// <param name="Limit">The current limit.</param>
/// <param name="RelaxedLimit">The limit that would admit it (its value, or the far end of its interval when INCONCLUSIVE eliminates); null when it cannot be admitted by a limit (not measured).</param>
/// <param name="OnlyBinding">True when this is the only constraint that eliminates it, so the relaxation alone admits it.</param>
/// <param name="AlsoBinding">The other constraints that eliminate it.</param>
/// <param name="Gains">How it compares with the current recommendation on the objectives and weighted qualities (empty when nothing survives).</param>
/// <param name="WouldBeRecommended">True when, admitted by this relaxation alone, it would rank first.</param>
/// <param name="Text">One line: <c>latency.p99 &lt;= 1ms excludes random-forest at 1.4 ms; relaxing to 1.4 ms admits it, +3.1 points of accuracy</c>.</param>
public sealed record WhatIf(
    string Candidate,
    string Constraint,
    string Quality,
    string Unit,
    double? Value,
    double? Limit,
    double? RelaxedLimit,
    bool OnlyBinding,
    IReadOnlyList<string> AlsoBinding,
    IReadOnlyList<QualityDelta> Gains,
    bool WouldBeRecommended,
    string Text);
