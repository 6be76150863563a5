using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.States;
using Hangfire.Storage;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Runs;
using Tradeoff.Store;

namespace Tradeoff.Distributed;

/// <summary>
/// The coordinator of a distributed run (<c>tradeoff run STUDY --store postgres://... --distributed</c>). Once the
/// journal has started (or resumed) the run, it uploads the study and the files it reads to the store by hash and enqueues one
/// job per technique instance the run still needs, in the queue of the run's machine class (a resumed run follows the
/// jobs still queued or in flight instead); the run then goes on as on one machine, except that a technique's
/// result is taken from the store once a worker has measured it, in the study's order. The results are therefore
/// assembled exactly as a resumed run assembles them: the same comparison with the best, selection and report.
/// </summary>
internal sealed class DistributedRun : IRunObserver, IResultCache
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    // The states of a job that is yet to be measured, being measured, or measured.
    private static readonly HashSet<string> LiveStates = new([EnqueuedState.StateName, ScheduledState.StateName, ProcessingState.StateName, SucceededState.StateName], StringComparer.Ordinal);

    private readonly RunJournal _journal;
    private readonly Study _study;
    private readonly IReadOnlyList<string> _instances;
    private readonly string _location;
    private readonly bool _keepModels;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, string> _jobs = new(StringComparer.Ordinal);
    private PostgreSqlStorage? _storage;

    /// <param name="journal">Keeps the run in the team store; everything observed passes on to it.</param>
    /// <param name="study">The study as run (with --quick applied).</param>
    /// <param name="instances">The technique instances the run measures, in order (<see cref="StudyRunner.InstanceNames"/>).</param>
    /// <param name="location">The team store's location.</param>
    /// <param name="keepModels">The workers keep every final model in the store.</param>
    /// <param name="cancellationToken">Stops waiting for the workers.</param>
    public DistributedRun(RunJournal journal, Study study, IReadOnlyList<string> instances, string location, bool keepModels, CancellationToken cancellationToken)
    {
        _journal = journal;
        _study = study;
        _instances = instances;
        _location = location;
        _keepModels = keepModels;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many jobs the run enqueued.</summary>
    public int Enqueued => _jobs.Count;

    public string? RunId => _journal.RunId;

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(environment);
        _journal.DataLoaded(data, environment, techniques);
        _storage = JobEngine.Storage(_location, TimeSpan.FromMinutes(5));
        var blobs = new DataBlobs(_location);
        var studySha256 = blobs.Upload(System.Text.Encoding.UTF8.GetBytes(_study.Text!));
        var files = RunFiles.Upload(blobs, _study, data, environment);
        var runJobs = new RunJobs(_location);
        var machineClass = runJobs.ClassOf(RunId!) ?? _study.Protocol.MachineClass ?? FirstWorkerClass();
        if (machineClass is null)
        {
            // Cancelled while waiting for a worker: nothing enqueued, the run ends interrupted.
            return;
        }

        runJobs.RecordClass(RunId!, machineClass);
        var queue = JobEngine.QueueOf(machineClass);
        var client = new BackgroundJobClient(_storage);
        var earlier = runJobs.Jobs(RunId!);
        var followed = 0;
        foreach (var name in _instances.Where(name => !_journal.Holds(name)))
        {
            if (earlier.TryGetValue(name, out var job) && Live(job))
            {
                // Enqueued by a coordinator of this run that was stopped: its job is still queued, in flight or done.
                _jobs[name] = job;
                followed++;
                continue;
            }

            var order = new MeasureOrder(RunId!, name, studySha256, files, _study.Protocol.Quick, _keepModels, RunJournal.ToolVersion);
            _jobs[name] = client.Create(Job.FromExpression<MeasureJob>(job => job.Measure(order, CancellationToken.None)), new EnqueuedState(queue));
            runJobs.RecordJob(RunId!, name, _jobs[name]);
        }

        var followedNote = followed > 0 ? $", {followed} followed from the run's earlier coordinator" : "";
        _journal.Note($"{_jobs.Count - followed} job(s) enqueued{followedNote} for the workers of machine class {machineClass} of {_location} (tradeoff worker --store {_location} --machine-class {machineClass})");
        if (!Workers().Any(worker => worker.Class == machineClass))
        {
            _journal.Note($"no worker of machine class {machineClass} is running yet; the jobs wait for one");
        }
    }

    public TechniqueResult? Find(string name)
    {
        var known = _journal.Find(name);
        if (known is not null)
        {
            return known;
        }

        if (_jobs.TryGetValue(name, out var job) && !Await(job, name))
        {
            return null;
        }

        // A configuration of a technique's frontier was measured by the job of its technique.
        return Stored(name);
    }

    public EnvironmentInfo? FindEnvironment(string fingerprint) =>
        _journal.FindEnvironment(fingerprint) ?? Run().Environments.GetValueOrDefault(fingerprint);

    public void Note(string message) => _journal.Note(message);

    public void TechniqueStarted(string name, int index) => _journal.TechniqueStarted(name, index);

    public void TechniqueFinished(TechniqueResult result) => _journal.TechniqueFinished(result);

    public void Started(string technique, string quality) => _journal.Started(technique, quality);

    public void Finished(string technique, string quality, TimeSpan elapsed) => _journal.Finished(technique, quality, elapsed);

    // Waits until a worker has measured the job; false when the wait is cancelled.
    private bool Await(string job, string name)
    {
        string? server = null;
        while (!_cancellationToken.IsCancellationRequested)
        {
            using var connection = _storage!.GetConnection();
            var state = connection.GetStateData(job);
            var stateName = state?.Name;
            if (stateName == SucceededState.StateName)
            {
                return true;
            }

            if (stateName == FailedState.StateName)
            {
                throw new InputException($"{name}: the job failed on a worker: {Value(state!, "ExceptionMessage")}");
            }

            if (stateName == DeletedState.StateName)
            {
                throw new InputException($"{name}: the job {job} was deleted from the queue; run again with --resume.");
            }

            if (stateName == ProcessingState.StateName && Value(state!, "ServerId") is { } id && WorkerOf(id) is var by && by != server)
            {
                // A second server for the same job: the first one stopped (killed) and its job was fetched again.
                Note(server is null ? $"{name}: measured by worker {by}" : $"{name}: worker {server} stopped; measured again by {by}");
                server = by;
            }

            _cancellationToken.WaitHandle.WaitOne(Poll);
        }

        return false;
    }

    // A job that will yet be measured or was: one that failed or was deleted is enqueued again.
    private bool Live(string job)
    {
        using var connection = _storage!.GetConnection();
        return connection.GetStateData(job)?.Name is { } state && LiveStates.Contains(state);
    }

    // Without a class named by the study, the run's class is the first worker's: the live worker that started first
    // (not the coordinator's, which may be a laptop that measures nothing). With none running yet, waits for one.
    private string? FirstWorkerClass()
    {
        var said = false;
        while (!_cancellationToken.IsCancellationRequested)
        {
            if (Workers().OrderBy(worker => worker.StartedAt).ThenBy(worker => worker.Name, StringComparer.Ordinal).FirstOrDefault() is { } first)
            {
                return first.Class;
            }

            if (!said)
            {
                _journal.Note($"waiting for a worker to start (tradeoff worker --store {_location}): the study names no protocol.machine-class, so the first worker's is taken");
                said = true;
            }

            _cancellationToken.WaitHandle.WaitOne(Poll);
        }

        return null;
    }

    // The live workers and the machine class each takes jobs of; a server that stopped beating is gone.
    private IEnumerable<(string Name, string Class, DateTime StartedAt)> Workers()
    {
        var alive = DateTime.UtcNow - TimeSpan.FromMinutes(1);
        foreach (var server in _storage!.GetMonitoringApi().Servers().Where(server => server.Heartbeat is null || server.Heartbeat > alive))
        {
            foreach (var machineClass in server.Queues.Select(JobEngine.ClassOf).OfType<string>())
            {
                yield return (server.Name, machineClass, server.StartedAt);
            }
        }
    }

    // A server id is HOST:PID:GUID; the worker is HOST:PID, as it names itself.
    private static string WorkerOf(string serverId) => serverId.LastIndexOf(':') is var at and > 0 ? serverId[..at] : serverId;

    private static string? Value(StateData state, string key) => state.Data is { } data && data.TryGetValue(key, out var value) ? value : null;

    private TechniqueResult? Stored(string name) => Run().Techniques.FirstOrDefault(t => t.Name == name && t.Status != TechniqueStatus.Interrupted);

    private StoredRun Run()
    {
        using var store = RunStores.Open(_location, TimeProvider.System, mustExist: true);
        return store.LoadRun(RunId!) ?? throw new InputException($"{_location}: the run {RunId} is no longer in the store.");
    }
}
