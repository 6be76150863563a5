using Tradeoff.Store;

namespace Tradeoff.Runs;

/// <summary>Stamps a run's heartbeat in its store every <see cref="RunOwner.HeartbeatInterval"/> until disposed.</summary>
internal sealed class RunHeartbeat : IDisposable
{
    private readonly IRunStore _store;
    private readonly string _runId;
    private readonly ITimer _timer;

    public RunHeartbeat(IRunStore store, string runId, TimeProvider time)
    {
        _store = store;
        _runId = runId;
        _timer = time.CreateTimer(_ => Beat(), null, RunOwner.HeartbeatInterval, RunOwner.HeartbeatInterval);
    }

    public void Dispose() => _timer.Dispose();

    // On a timer thread: a failure here must not end the process; a missed beat only makes the run look stale sooner.
#pragma warning disable CA1031
    private void Beat()
    {
        try
        {
            _store.Heartbeat(_runId);
        }
        catch (Exception)
        {
        }
    }
#pragma warning restore CA1031
}
