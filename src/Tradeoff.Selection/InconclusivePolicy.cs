namespace Tradeoff.Selection;

/// <summary>What an INCONCLUSIVE verdict (the interval straddles the limit, or the value is missing) does to a candidate.</summary>
public enum InconclusivePolicy
{
    /// <summary>The candidate stays, flagged (the default: a measurement's noise should not decide alone).</summary>
    Keep,

    /// <summary>The candidate is eliminated, as if it had failed.</summary>
    Eliminate,
}
