using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>
/// The store of past runs: every run's study, environment, measurements with their raw samples and, optionally,
/// the trained models. Kept small so that a server database can back shared team stores later; SQLite is the
/// embedded default (<see cref="SqliteRunStore"/>). An instance may be used from several threads; several
/// instances (threads or processes) may share one store.
/// </summary>
public interface IRunStore : IDisposable
{
    /// <summary>Where the store lives (a file path for SQLite), for messages.</summary>
    string Location { get; }

    /// <summary>
    /// Records a new run with status <see cref="RunStatus.Running"/>, owned by <paramref name="owner"/> (this process when
    /// null) with a first heartbeat, and returns its id (<c>r0001</c>, <c>r0002</c>...).
    /// </summary>
    string StartRun(RunRecord run, RunOwner? owner = null);

    /// <summary>Stamps the run's heartbeat with the store's clock: its owner is alive (see <see cref="RunOwner.IsAlive"/>).</summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>.</exception>
    void Heartbeat(string runId);

    /// <summary>
    /// Takes over an unfinished run to continue it, in one step that no other process can interleave: it becomes
    /// <see cref="RunStatus.Running"/> under <paramref name="owner"/>, with a fresh heartbeat and no finish time.
    /// </summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>, or its owner is still alive (it is being measured).</exception>
    void ResumeRun(string runId, RunOwner owner);

    /// <summary>
    /// Records <paramref name="environment"/> as one the run measures in, under its fingerprint (a run resumed on another
    /// machine or with another runtime setting adds its own); nothing when the run has it already. <see cref="StartRun"/>
    /// records the run's first environment.
    /// </summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>.</exception>
    void AddEnvironment(string runId, EnvironmentInfo environment);

    /// <summary>
    /// Commits one technique's result in its own transaction. A result already stored under the same instance
    /// name in this run (a resumed or re-measured technique) is replaced. Loaded back it is equal in every field,
    /// NaN, infinities and its provenance (<see cref="TechniqueResult.MeasuredIn"/>) included, except that a NaN
    /// standard deviation or interval end reads back as null.
    /// </summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>.</exception>
    void SaveTechnique(string runId, TechniqueResult result);

    /// <summary>Keeps the trained model of technique instance <paramref name="technique"/> (<c>--keep-models</c>), replacing an earlier one.</summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>.</exception>
    void SaveModel(string runId, string technique, ReadOnlySpan<byte> model);

    /// <summary>The model bytes kept for <paramref name="technique"/> in run <paramref name="runId"/>, or null when none was kept.</summary>
    byte[]? LoadModel(string runId, string technique);

    /// <summary>
    /// Sets the run's status. Any status but <see cref="RunStatus.Running"/> stamps the finish time; setting
    /// <see cref="RunStatus.Running"/> again (a resumed run) clears it. <paramref name="documentJson"/> is the full
    /// results document, so a report re-renders without measuring; <paramref name="recommended"/> is the
    /// recommended technique instance, when there is one. Null keeps what is stored.
    /// </summary>
    /// <exception cref="Core.InputException">There is no run <paramref name="runId"/>.</exception>
    void FinishRun(string runId, RunStatus status, string? documentJson, string? recommended = null);

    /// <summary>Every run, oldest first; a running run whose owner is gone is listed as <see cref="RunStatus.Interrupted"/>.</summary>
    IReadOnlyList<RunSummary> ListRuns();

    /// <summary>
    /// The id of the run the user means: <c>latest</c> (the newest run), an exact id (<c>r0012</c>), its number
    /// (<c>r12</c> or <c>12</c>), or else a prefix that only one id starts with.
    /// </summary>
    /// <exception cref="Core.InputException">No run, or several, match; the message says which.</exception>
    string ResolveRunId(string reference);

    /// <summary>Everything stored for run <paramref name="runId"/> (an exact id; see <see cref="ResolveRunId"/>), or null when there is none.</summary>
    StoredRun? LoadRun(string runId);

    /// <summary>
    /// The newest run of the same study text and the same data (every label and hash equal), for resume and
    /// caching; with <paramref name="unfinishedOnly"/> only runs whose status is not <see cref="RunStatus.Finished"/>.
    /// </summary>
    StoredRun? FindLatest(string studySha256, IReadOnlyDictionary<string, string> dataSha256, bool unfinishedOnly);
}
