using System.Runtime.ExceptionServices;
using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Runs the independent, untimed fits of a protocol II probe (a round of stability's seeds, of robustness's label
/// draws, of the learning curve; the held-out fits) up to <see cref="Width"/> at a time, each on one thread, when the technique gives the same model whatever threads it is given
/// (<see cref="TechniqueCapabilities.ThreadIndependent"/>); else one at a time, as before. Each fit's seed comes
/// from its index, never from the order fits finish in, and results come back in index order, so the values are
/// those of the fits made one by one (docs/PROTOCOL.md, "Concurrent fits"). Timed fits never come here.
/// </summary>
internal sealed class ConcurrentFits
{
    private readonly FitRunner _runner;

    // The threads of the fit this thread is running for Run: one, or for the last fits of a batch, fewer than Width, the
    // cores the others leave (the forest's 3 parts on 2 cores took 1.5 to 2 times as long with the third on one thread).
    [ThreadStatic]
    private static int t_threads;

    private ConcurrentFits(FitRunner runner, int width)
    {
        _runner = runner;
        Width = width;
    }

    /// <summary>How many fits run at once.</summary>
    public int Width { get; }

    /// <summary>
    /// The most bytes of feature values a part's training rows may take for its fits to run side by side. Each fit
    /// holds its own copy of the rows (a bootstrap resample, a flipped-label or learning-curve set) and its own working
    /// data, so two at a time hold two: on Fashion-MNIST (188 MB of rows) the forest's stability stage rose to 1.73 GB.
    /// Fits on such rows already keep both cores busy alone (a tree learner splits its work by feature and tree); the
    /// side-by-side gain is on small data, whose fits cannot.
    /// </summary>
    public const long SideBySideBytes = 64L << 20;

    /// <summary>
    /// Up to as many at a time as the runner's threads (the cores the study may use) for a technique whose model does
    /// not depend on its threads, each on one thread (one fit per core keeps every core busy without contention), when
    /// <paramref name="train"/>'s feature values take at most <see cref="SideBySideBytes"/>; one at a time otherwise.
    /// </summary>
    public static ConcurrentFits For(ITechnique technique, FitRunner runner, Dataset train) => For(technique, runner, train, SideBySideBytes);

    /// <summary><see cref="For(ITechnique, FitRunner, Dataset)"/> with another limit on the rows' bytes.</summary>
    internal static ConcurrentFits For(ITechnique technique, FitRunner runner, Dataset train, long sideBySideBytes) =>
        new(runner, technique.Capabilities.ThreadIndependent && runner.Threads > 1 && (long)train.RowCount * train.FeatureCount * sizeof(float) <= sideBySideBytes ? runner.Threads : 1);

    /// <summary>One at a time, whatever the technique: for fits whose time or memory a probe reads.</summary>
    public static ConcurrentFits Alone(FitRunner runner) => new(runner, 1);

    /// <summary>
    /// An untimed fit: one at a time, through the runner (as before); beside others, on one thread and without the
    /// runner's clocks, whose process-wide CPU time and compilation counts would mix the fits, after the same
    /// collection the runner makes. Without it the garbage of the fits before (two bootstrap copies of the rows at a
    /// time) piled up until the runtime collected on its own: the forest's stability stage on Fashion-MNIST rose to
    /// 2.1 GB resident, where its live data took about 1 GB.
    /// </summary>
    public IModel Fit(ITechnique technique, Dataset data, int seed, CancellationToken token)
    {
        if (Width <= 1)
        {
            return _runner.Fit(technique, data, seed, token, detailed: false).Model;
        }

        FitRunner.CollectBeforeFit(data);
        return technique.Fit(data, new FitContext { Seed = seed, Threads = Math.Max(1, t_threads), CancellationToken = token });
    }

    /// <summary>
    /// Computes <paramref name="fit"/>(i) for i from 0 to <paramref name="count"/> - 1 and returns the results in index
    /// order. Indices are handed out in increasing order, so when fits throw, every index below a thrown one has
    /// completed, and the exception rethrown is that of the lowest index: the one a sequential loop meets first.
    /// Once a fit throws no further index starts; those already started are awaited.
    /// </summary>
    public T[] Run<T>(int count, Func<int, T> fit)
    {
        var results = new T[count];
        if (Width <= 1 || count <= 1)
        {
            t_threads = Width;
            for (var i = 0; i < count; i++)
            {
                results[i] = fit(i);
            }

            return results;
        }

        var next = -1;
        var failed = 0;
        var errors = new ExceptionDispatchInfo?[count];
        void Work()
        {
            int i;
            while (Volatile.Read(ref failed) == 0 && (i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    // Fixed by the index, not by timing: the fits that start when fewer than Width are left share the cores.
                    t_threads = Width - Math.Min(Width, count - i) + 1;
                    results[i] = fit(i);
                }
                catch (Exception e)
                {
                    errors[i] = ExceptionDispatchInfo.Capture(e);
                    Volatile.Write(ref failed, 1);
                }
            }
        }

        // Dedicated threads, not the pool: a fit may block its thread for seconds, and a technique's own Parallel.For
        // must still find pool threads.
        var helpers = Enumerable.Range(0, Math.Min(Width, count) - 1).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Work();
        Task.WaitAll(helpers);
        Array.Find(errors, e => e is not null)?.Throw();
        return results;
    }

    /// <summary>The words a protocol line adds about how the fits ran: nothing when one at a time.</summary>
    public string Describe() => Width > 1
        ? $"; these fits ran {QualityFormat.Count(Width)} at a time on one thread each, a round's last on the threads left (the technique's model does not depend on its threads; each fit's seed is fixed by its place, so the values are those of one fit at a time)"
        : "";
}
