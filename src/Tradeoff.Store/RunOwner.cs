using System.Diagnostics;
using System.Globalization;

namespace Tradeoff.Store;

/// <summary>
/// The process that measures a run: its id, host and start time (a process id alone is reused by later processes).
/// A run whose owner is gone was killed without a chance to say so: the store shows it as
/// <see cref="RunStatus.Interrupted"/> and it may be resumed; a run whose owner lives is refused to a second resume.
/// </summary>
/// <param name="ProcessId">The owner's process id.</param>
/// <param name="Host">The machine it runs on.</param>
/// <param name="ProcessStartedAt">When the owner process started (UTC).</param>
public sealed record RunOwner(int ProcessId, string Host, DateTimeOffset ProcessStartedAt)
{
    /// <summary>How often the owner stamps its heartbeat in the store.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How old a heartbeat may be before an owner on another host counts as gone: several missed beats, so that a busy
    /// machine is not declared dead. On the same host the process table decides.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>This process.</summary>
    public static RunOwner Current { get; } = OfThisProcess();

    /// <summary>
    /// Whether the owner still runs: on this host, a process with its id and start time exists; on another host, its
    /// last heartbeat is younger than <see cref="StaleAfter"/> at <paramref name="now"/>.
    /// </summary>
    public bool IsAlive(DateTimeOffset? heartbeatAt, DateTimeOffset now) =>
        string.Equals(Host, Current.Host, StringComparison.Ordinal)
            ? ProcessRuns(ProcessId, ProcessStartedAt)
            : heartbeatAt is { } beat && now - beat < StaleAfter;

    /// <summary>
    /// The status to show for a run stored with <paramref name="stored"/>: a running run whose owner is gone (or unknown,
    /// as in stores written before owners were kept) was killed, and is <see cref="RunStatus.Interrupted"/>.
    /// </summary>
    public static RunStatus Effective(RunStatus stored, RunOwner? owner, DateTimeOffset? heartbeatAt, DateTimeOffset now) =>
        stored == RunStatus.Running && owner?.IsAlive(heartbeatAt, now) != true ? RunStatus.Interrupted : stored;

    /// <summary>One line for messages: <c>process 1234 on host build-1, started 2026-12-05 02:15:00Z</c>.</summary>
    public override string ToString() =>
        $"process {ProcessId.ToString(CultureInfo.InvariantCulture)} on host {Host}, started {ProcessStartedAt.ToString("u", CultureInfo.InvariantCulture)}";

    private static RunOwner OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new RunOwner(process.Id, System.Environment.MachineName, process.StartTime.ToUniversalTime());
    }

    private static bool ProcessRuns(int processId, DateTimeOffset startedAt)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            // The clock ticks of the process table make start times differ by a few milliseconds between readings.
            return !process.HasExited && (process.StartTime.ToUniversalTime() - startedAt.UtcDateTime).Duration() < TimeSpan.FromSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
