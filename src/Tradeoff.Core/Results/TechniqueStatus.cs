namespace Tradeoff.Core.Results;

/// <summary>Where a technique instance ended in a run.</summary>
public enum TechniqueStatus
{
    /// <summary>Every requested quality was measured.</summary>
    Measured,

    /// <summary>Not trained: a capability or the task ruled it out before any compute was spent.</summary>
    NotTrained,

    /// <summary>The native library it needs does not load on this machine.</summary>
    Unavailable,

    /// <summary>It threw; the message is kept and the run went on.</summary>
    Failed,

    /// <summary>It ran past its time or memory limit; what it reached is kept.</summary>
    OverBudget,

    /// <summary>The run was interrupted before it finished.</summary>
    Interrupted,
}
