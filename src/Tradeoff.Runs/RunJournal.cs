using System.Reflection;
using System.Text.Json;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Runs.Json;
using Tradeoff.Store;

namespace Tradeoff.Runs;

/// <summary>
/// Keeps a run in a store as it happens, for the CLI and library users alike: the run is started once the data are
/// loaded (their hashes are known), every finished technique is committed at once, and a repeated or resumed run
/// takes what was measured before for the same study text, protocol, tool version and data (unless fresh): a
/// repeated run only what was measured in an environment with the same fingerprint, a resumed run all of it. While
/// it measures, the run's owner (this process) beats in the store, so that a killed run shows as interrupted and a
/// live one is not resumed twice.
/// </summary>
/// <param name="open">Opens the store; called once the data are loaded, so that bad input never leaves an empty store behind.</param>
/// <param name="study">The study the run measures.</param>
/// <param name="mode">What the run takes from the store.</param>
/// <param name="inner">The observer that shows the run's progress.</param>
/// <param name="time">The clock of start times and heartbeats.</param>
/// <param name="keepModels">Save every final model in the store (<c>--keep-models</c>).</param>
public sealed class RunJournal(Func<IRunStore> open, Study study, StoreMode mode, IRunObserver inner, TimeProvider time, bool keepModels = false)
    : IRunObserver, IResultCache, IModelKeeper, IDisposable
{
    private StoredRun? _previous;
    private IRunStore? _store;
    private IReadOnlyDictionary<string, TechniqueResult> _reuse = new Dictionary<string, TechniqueResult>(StringComparer.Ordinal);
    private RunHeartbeat? _heartbeat;

    /// <summary>The version of Tradeoff that keeps the run: a measurement is reused only by the same version.</summary>
    public static string ToolVersion { get; } =
        typeof(RunJournal).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The run id in the store, once the data are loaded.</summary>
    public string? RunId { get; private set; }

    /// <summary>How many techniques were taken from the store rather than measured.</summary>
    public int Reused { get; private set; }

    /// <summary>Where the store is, once opened.</summary>
    public string? Location => _store?.Location;

    /// <summary>
    /// Runs the study with <paramref name="runner"/>, journaled: finished or interrupted, the run is kept with its
    /// results document; failed on the way, it is marked failed (and may be resumed) before the error goes on.
    /// </summary>
    public RunOutcome Run(StudyRunner runner, CancellationToken cancellationToken) => Run(runner, this, this, cancellationToken);

    /// <summary>
    /// Runs the study as <see cref="Run(StudyRunner, CancellationToken)"/> does, through <paramref name="observer"/> and
    /// <paramref name="cache"/>, which pass on to this journal (a distributed run's coordinator, which takes what the
    /// journal does not hold from the workers).
    /// </summary>
    public RunOutcome Run(StudyRunner runner, IRunObserver observer, IResultCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        RunOutcome outcome;
        try
        {
            outcome = runner.Run(study, observer, cancellationToken, cache, this);
        }
        catch
        {
            Fail();
            throw;
        }

        Finish(outcome);
        return outcome;
    }

    /// <inheritdoc/>
    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
        ArgumentNullException.ThrowIfNull(environment);
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

        _heartbeat = new RunHeartbeat(store, RunId, time);
        inner.DataLoaded(data, environment, techniques);
        if (refusal is not null)
        {
            inner.Note(refusal);
        }
    }

    /// <inheritdoc/>
    public void Note(string message) => inner.Note(message);

    /// <summary>True when the store holds a result of <paramref name="name"/> that this run takes (resumed or reused).</summary>
    public bool Holds(string name) => _reuse.ContainsKey(name);

    /// <inheritdoc/>
    public EnvironmentInfo? FindEnvironment(string fingerprint) => _previous?.Environments.GetValueOrDefault(fingerprint);

    /// <inheritdoc/>
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

    /// <summary>With <c>keepModels</c>, saves the final model in the store under the run and the instance name.</summary>
    public void Keep(string technique, IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!keepModels || RunId is null)
        {
            return;
        }

        using var stream = new MemoryStream();
        model.Save(stream);
        _store!.SaveModel(RunId, technique, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <inheritdoc/>
    public void TechniqueStarted(string name, int index) => inner.TechniqueStarted(name, index);

    /// <inheritdoc/>
    public void Started(string technique, string quality) => inner.Started(technique, quality);

    /// <inheritdoc/>
    public void Finished(string technique, string quality, TimeSpan elapsed) => inner.Finished(technique, quality, elapsed);

    /// <inheritdoc/>
    public void TechniqueFinished(TechniqueResult result)
    {
        // Committed in its own transaction the moment it is known: a crash after this line loses nothing of it.
        _store!.SaveTechnique(RunId!, result);
        inner.TechniqueFinished(result);
    }

    /// <summary>Marks the run finished or interrupted and keeps its results document for re-rendering.</summary>
    public void Finish(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        StopBeating();
        if (RunId is not null)
        {
            var document = ResultsJson.ToJson(ResultsDocument.From(outcome));
            _store!.FinishRun(RunId, outcome.Interrupted ? RunStatus.Interrupted : RunStatus.Finished, document, outcome.Selection?.Recommended?.Candidate);
        }
    }

    /// <summary>
    /// Marks the run failed, keeping what it measured, so that it can be resumed: when it fails on the way, or after
    /// <see cref="Finish"/> when what follows the measuring fails (an output that cannot be written).
    /// </summary>
    public void Fail()
    {
        StopBeating();
        if (RunId is not null)
        {
            _store!.FinishRun(RunId, RunStatus.Failed, documentJson: null);
        }
    }

    /// <summary>Stops the heartbeat and closes the store.</summary>
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

    private void Keep(StoredRun previous, StoredReuse reuse)
    {
        _previous = previous;
        _reuse = reuse.Techniques;
    }
}
