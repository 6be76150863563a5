namespace Tradeoff.Core.Results;

/// <summary>What a value's note says about it, for the marks of a report (bold, ▲, ▼, ?).</summary>
public enum QualityStanding
{
    /// <summary>Nothing to mark.</summary>
    None,

    /// <summary>The best of its quality.</summary>
    Best,

    /// <summary>Significantly better than the best mean.</summary>
    Better,

    /// <summary>Significantly worse than the best.</summary>
    Worse,

    /// <summary>Too few samples for the figure to be trusted.</summary>
    Inconclusive,
}
