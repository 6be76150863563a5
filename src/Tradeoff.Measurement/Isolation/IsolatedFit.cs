namespace Tradeoff.Measurement.Isolation;

/// <summary>How an isolated fit ended.</summary>
public enum IsolatedOutcome
{
    /// <summary>It finished within the limits.</summary>
    Completed,

    /// <summary>Stopped: its resident memory passed the limit.</summary>
    OverMemory,

    /// <summary>Stopped: it ran past the time limit.</summary>
    OverTime,

    /// <summary>The technique threw; <see cref="IsolatedFit.Message"/> says what.</summary>
    Failed,

    /// <summary>The process died without a word (a native crash: a signal, an abort).</summary>
    Crashed,

    /// <summary>Stopped because the run was cancelled.</summary>
    Cancelled,
}

/// <summary>What an isolated fit did: how it ended, its wall time, and its true peak resident memory above its start.</summary>
public sealed record IsolatedFit(IsolatedOutcome Outcome, double Seconds, long PeakBytes, string? Message = null);
