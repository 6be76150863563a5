using System.Globalization;
using Hangfire;
using Tradeoff.Core;
using Tradeoff.Runs;
using Tradeoff.Store;

namespace Tradeoff.Distributed;

/// <summary>
/// A worker's side of one job: measures one technique instance of a distributed run exactly as a run on one machine
/// measures it (the same study, data, protocol and seeds, by <see cref="StudyRunner"/> restricted to the instance), and
/// keeps each result in the run in the store, where the coordinator takes it. Public because Hangfire invokes it.
/// </summary>
public sealed class MeasureJob
{
    private readonly WorkerContext _context;

    // One for the worker's lifetime (Hangfire is given this one job object): the copies it verified stay verified.
    private readonly WorkerFiles _files;

    internal MeasureJob(WorkerContext context)
    {
        _context = context;
        _files = new WorkerFiles(new DataBlobs(context.Location), context.FilesFolder);
    }

    /// <summary>Measures the order's technique instance and keeps its results in the order's run.</summary>
    /// <exception cref="InputException">The job comes from another Tradeoff build, or its study or data cannot be read here.</exception>
    // A measurement is seeded: a failure repeats, so a job is not retried (a killed worker's job is fetched again by the
    // storage's invisibility timeout, not by a retry). It fails once, with its message, which the coordinator shows.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Measure(MeasureOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var say = _context.Say;
        if (order.ToolVersion != RunJournal.ToolVersion)
        {
            throw new InputException(
                $"{order.Technique} of run {order.RunId}: the job was made by Tradeoff {order.ToolVersion} and this worker is Tradeoff {RunJournal.ToolVersion}; start workers of the coordinator's build.");
        }

        var started = _context.Time.GetTimestamp();
        say($"worker: measuring {order.Technique} of run {order.RunId}");
        var (study, fashionMnist) = WorkerStudy.Of(order, _files, _context.Catalog);
        using var store = RunStores.Open(_context.Location, _context.Time, mustExist: true);
        var observer = new WorkerObserver(store, order, say);
        var runner = new StudyRunner(_context.Catalog, _context.Time, _context.Environment)
        {
            Isolation = _context.Isolation(),
            Deployment = _context.Deployment,
            Only = new HashSet<string>(StringComparer.Ordinal) { order.Technique },
            FashionMnistFolder = fashionMnist,
        };
        var outcome = runner.Run(study, observer, cancellationToken, observer, observer);
        if (outcome.Interrupted)
        {
            // The worker is stopping: the job goes back to the queue for another, nothing of it kept.
            throw new OperationCanceledException($"{order.Technique} of run {order.RunId}: interrupted");
        }

        var seconds = _context.Time.GetElapsedTime(started).TotalSeconds;
        say(string.Create(CultureInfo.InvariantCulture, $"worker: measured {order.Technique} of run {order.RunId} in {seconds:0.0} s"));
    }
}
