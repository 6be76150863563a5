using System.Reflection;
using System.Text.Json;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Runs;
using Tradeoff.Store;

namespace Tradeoff.Cli.Storage;

/// <summary>
/// Keeps a run in the store as it happens: the run is started once the data are loaded (their hashes are known),
/// every finished technique is committed at once, and a repeated or resumed run takes what was measured before
/// for the same study text, protocol, tool version and data (unless fresh): a repeated run only what was measured
/// in an environment with the same fingerprint, a resumed run all of it (<see cref="StoredReuse"/>).
/// </summary>
internal sealed class StoreSession(Func<IRunStore> open, Study study, StoreMode mode, IRunObserver inner, TimeProvider time, bool keepModels = false)
    : IRunObserver, IResultCache, IModelKeeper, IDisposable
{
    private StoredRun? _previous;
    // Opened only once the data are loaded, so that bad input never leaves an empty store behind.
    private IRunStore? _store;
    private IReadOnlyDictionary<string, TechniqueResult> _reuse = new Dictionary<string, TechniqueResult>(StringComparer.Ordinal);
    private ITimer? _heartbeat;

    /// <summary>The run id in the store, once the data are loaded.</summary>
    public string? RunId { get; private set; }

    /// <summary>How many techniques were taken from the store rather than measured.</summary>
    public int Reused { get; private set; }

    public static string ToolVersion { get; } =
        typeof(StoreSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
        var store = _store = open();
        var studyHash = ContentHash.OfText(StudyKey(study));
        string? refusal = null;
        if (mode == StoreMode.Resume)
        {
            var previous = store.FindLatest(studyHash, environment.DataSha256, unfinishedOnly: true)
                ?? throw new InputException($"{store.Location}: nothing to resume: no unfinished run of this study on this data.");
            // Refused while the run's owner lives: two resumes of one run would measure the same techniques twice.
            store.ResumeRun(previous.Id, RunOwner.Current);
            RunId = previous.Id;
            // Resumed elsewhere, the run measures in a second environment: the store keeps both.
            store.AddEnvironment(previous.Id, environment);
            Keep(previous, StoredReuse.All(previous));
        }
        else
        {
            if (mode == StoreMode.Reuse && store.FindLatest(studyHash, environment.DataSha256, unfinishedOnly: false) is { } previous)
            {
                var reuse = StoredReuse.Matching(previous, environment);
                Keep(previous, reuse);
                refusal = reuse.Refusal;
            }

            RunId = store.StartRun(new RunRecord
            {
                StudyName = study.Name,
                StudyText = study.Text,
                StudySha256 = studyHash,
                DataSha256 = environment.DataSha256,
                Environment = environment,
                StartedAt = time.GetUtcNow(),
                ToolVersion = ToolVersion,
            });
        }

        _heartbeat = time.CreateTimer(_ => Beat(), null, RunOwner.HeartbeatInterval, RunOwner.HeartbeatInterval);
        inner.DataLoaded(data, environment, techniques);
        if (refusal is not null)
        {
            inner.Note(refusal);
        }
    }

    public void Note(string message) => inner.Note(message);

    public EnvironmentInfo? FindEnvironment(string fingerprint) => _previous?.Environments.GetValueOrDefault(fingerprint);

    public TechniqueResult? Find(string name)
    {
        if (!_reuse.TryGetValue(name, out var result))
        {
            return null;
        }

        Reused++;
        // A reused measurement brings its model along, so that the new run can be explained like the old one.
        if (keepModels && _previous is not null && _previous.Id != RunId && _store!.LoadModel(_previous.Id, name) is { } model)
        {
            _store.SaveModel(RunId!, name, model);
        }

        return result;
    }

    /// <summary>With <c>--keep-models</c>, saves the final model in the store under the run and the instance name.</summary>
    public void Keep(string technique, IModel model)
    {
        if (!keepModels || RunId is null)
        {
            return;
        }

        using var stream = new MemoryStream();
        model.Save(stream);
        _store!.SaveModel(RunId, technique, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    public void TechniqueStarted(string name, int index) => inner.TechniqueStarted(name, index);

    public void Started(string technique, string quality) => inner.Started(technique, quality);

    public void Finished(string technique, string quality, TimeSpan elapsed) => inner.Finished(technique, quality, elapsed);

    public void TechniqueFinished(TechniqueResult result)
    {
        // Committed in its own transaction the moment it is known: a crash after this line loses nothing of it.
        _store!.SaveTechnique(RunId!, result);
        inner.TechniqueFinished(result);
    }

    /// <summary>Marks the run finished or interrupted and keeps its results document for re-rendering.</summary>
    public void Finish(RunOutcome outcome, string documentJson)
    {
        if (RunId is null)
        {
            return;
        }

        StopBeating();
        _store!.FinishRun(RunId, outcome.Interrupted ? RunStatus.Interrupted : RunStatus.Finished, documentJson, outcome.Selection?.Recommended?.Candidate);
    }

    /// <summary>
    /// Marks a run that failed on the way (after it was started) so that it can be resumed; also after <see cref="Finish"/>,
    /// when what follows the measuring fails (an output that cannot be written).
    /// </summary>
    public void Fail()
    {
        StopBeating();
        if (RunId is not null)
        {
            _store!.FinishRun(RunId, RunStatus.Failed, documentJson: null);
        }
    }

    /// <summary>Where the store is, once opened.</summary>
    public string? Location => _store?.Location;

    public void Dispose()
    {
        StopBeating();
        _store?.Dispose();
    }

    // What makes two runs comparable enough to reuse measurements: the study as written (or the ad hoc arguments),
    // the protocol as resolved (--quick changes it) and the tool version. The data hashes are compared apart.
    private static string StudyKey(Study study) =>
        (study.Text ?? JsonSerializer.Serialize(new { study.Data, Techniques = study.Techniques.Select(t => t.Name) }))
        + "\n" + JsonSerializer.Serialize(study.Protocol) + "\n" + ToolVersion;

    private void StopBeating()
    {
        _heartbeat?.Dispose();
        _heartbeat = null;
    }

    // On a timer thread: a failure here must not end the process; a missed beat only makes the run look stale sooner.
#pragma warning disable CA1031
    private void Beat()
    {
        try
        {
            _store?.Heartbeat(RunId!);
        }
        catch (Exception)
        {
        }
    }
#pragma warning restore CA1031

    private void Keep(StoredRun previous, StoredReuse reuse)
    {
        _previous = previous;
        _reuse = reuse.Techniques;
    }
}

/// <summary>How a run uses what the store holds.</summary>
internal enum StoreMode
{
    /// <summary>Reuse measurements of an identical earlier run (the default).</summary>
    Reuse,

    /// <summary>Measure everything again (--fresh).</summary>
    Fresh,

    /// <summary>Continue the latest unfinished run of the study (--resume).</summary>
    Resume,
}
