namespace Tradeoff.Store;

/// <summary>Where a stored run stands.</summary>
public enum RunStatus
{
    /// <summary>Started and not finished: still measuring, or killed without a chance to say so.</summary>
    Running,

    /// <summary>Every technique was measured and the run completed.</summary>
    Finished,

    /// <summary>Stopped by the user (Ctrl+C); what was measured is kept and the run can be resumed.</summary>
    Interrupted,

    /// <summary>Stopped by an error; what was measured is kept and the run can be resumed.</summary>
    Failed,
}
