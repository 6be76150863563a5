namespace Tradeoff.Selection.Constraints;

/// <summary>A measured quality compared with a limit (<c>latency.p99 &lt;= 1ms</c>), checked after measuring.</summary>
public sealed record ComparisonConstraint : Constraint
{
    /// <summary>The quality id (<c>accuracy</c>, <c>latency.p99</c>, <c>fairness.age.demographic-parity</c>).</summary>
    public required string Quality { get; init; }

    /// <summary>The quality's catalog unit, which the limit is expressed in.</summary>
    public required string Unit { get; init; }

    /// <summary>The comparison.</summary>
    public required ComparisonOperator Operator { get; init; }

    /// <summary>The limit, absolute or relative to another candidate.</summary>
    public required Limit Limit { get; init; }

    /// <summary>The operator as written: <c>&lt;=</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>==</c>.</summary>
    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.AtMost => "<=",
        ComparisonOperator.Below => "<",
        ComparisonOperator.AtLeast => ">=",
        ComparisonOperator.Above => ">",
        _ => "==",
    };

    /// <summary>True when <paramref name="value"/> meets the comparison against <paramref name="limit"/>.</summary>
    public bool Holds(double value, double limit) => Operator switch
    {
        ComparisonOperator.AtMost => value <= limit,
        ComparisonOperator.Below => value < limit,
        ComparisonOperator.AtLeast => value >= limit,
        ComparisonOperator.Above => value > limit,
        _ => Math.Abs(value - limit) <= 1e-9 * Math.Max(1, Math.Abs(limit)),
    };

    /// <summary>How far <paramref name="value"/> is inside the limit (positive) or outside it (negative), in the quality's unit.</summary>
    public double Margin(double value, double limit) => Operator switch
    {
        ComparisonOperator.AtMost or ComparisonOperator.Below => limit - value,
        ComparisonOperator.AtLeast or ComparisonOperator.Above => value - limit,
        _ => -Math.Abs(value - limit),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Quality} {Symbol(Operator)} {Limit.Format(Unit)}";
}
