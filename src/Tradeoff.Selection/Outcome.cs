namespace Tradeoff.Selection;

/// <summary>The outcome of one comparison constraint for one candidate.</summary>
public enum Outcome
{
    /// <summary>The value meets the limit, and so does its whole interval.</summary>
    Pass,

    /// <summary>The value breaks the limit, and so does its whole interval.</summary>
    Fail,

    /// <summary>The interval straddles the limit, or the value (or the limit's reference) was not measured.</summary>
    Inconclusive,
}
