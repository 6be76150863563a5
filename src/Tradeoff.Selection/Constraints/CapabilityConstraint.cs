namespace Tradeoff.Selection.Constraints;

/// <summary>A capability a technique must have (<c>interpretable</c>) or must not have (<c>not incremental</c>), checked before measuring.</summary>
public sealed record CapabilityConstraint : Constraint
{
    /// <summary>The capability id (see <c>TechniqueCapabilities.KnownIds</c>).</summary>
    public required string Capability { get; init; }

    /// <summary>True for <c>not CAPABILITY</c>: the technique must lack it.</summary>
    public bool Negated { get; init; }

    /// <summary>True when a candidate with these capability ids meets the constraint.</summary>
    public bool IsMetBy(IReadOnlySet<string> capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return capabilities.Contains(Capability) != Negated;
    }

    /// <inheritdoc />
    public override string ToString() => Negated ? "not " + Capability : Capability;
}
