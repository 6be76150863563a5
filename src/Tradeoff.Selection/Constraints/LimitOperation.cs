namespace Tradeoff.Selection.Constraints;

/// <summary>How a limit that refers to a candidate is derived from that candidate's value.</summary>
public enum LimitOperation
{
    /// <summary>The referenced value itself, or an absolute limit when there is no reference.</summary>
    None,

    /// <summary>Referenced value plus the operand.</summary>
    Add,

    /// <summary>Referenced value minus the operand.</summary>
    Subtract,

    /// <summary>Referenced value times the operand.</summary>
    Multiply,
}
