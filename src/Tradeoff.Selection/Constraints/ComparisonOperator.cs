namespace Tradeoff.Selection.Constraints;

/// <summary>The comparison of a <see cref="ComparisonConstraint"/>.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&lt;=</c></summary>
    AtMost,

    /// <summary><c>&lt;</c></summary>
    Below,

    /// <summary><c>&gt;=</c></summary>
    AtLeast,

    /// <summary><c>&gt;</c></summary>
    Above,

    /// <summary><c>==</c></summary>
    Equal,
}
