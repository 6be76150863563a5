namespace Tradeoff.Selection.Constraints;

/// <summary>
/// A parsed hard constraint of a study: a capability a technique must have (<see cref="CapabilityConstraint"/>)
/// or a comparison a measured quality must meet (<see cref="ComparisonConstraint"/>).
/// </summary>
public abstract record Constraint
{
    /// <summary>The constraint as the user wrote it.</summary>
    public required string Text { get; init; }

    /// <summary>The file it came from, for error messages; null when built in code.</summary>
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the constraint's first character, or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>The constraint printed back in normal form (single spaces, the limit in the quality's unit).</summary>
    public abstract override string ToString();
}
