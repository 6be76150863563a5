using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Probes;

public sealed class ConcurrentFitsTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    // Protocol II's repeated fits without accuracy, so the held-out parts are fitted too; no scale law of time or
    // memory and no incremental retrain, which read fit times and keep those fits alone.
    private static readonly string[] Untimed = ["robustness", "stability", "data-needs", "importance", "privacy"];

    [Fact]
    public void Fits_side_by_side_give_the_values_of_fits_one_at_a_time_for_the_same_seeds()
    {
        // Given the same shaky technique (every answer moves with its seed, rows and labels), once declared
        // thread-independent and once not, and a protocol that repeats until its intervals are narrow
        var together = new ShakyTechnique(0.2, threadIndependent: true);
        var alone = new ShakyTechnique(0.2);
        var protocol = new ProtocolSpec { Qualities = Untimed, Threads = 2 };

        // When each is measured on 2 cores
        var side = new FakeMachine().Engine(protocol).Measure("shaky", together, NoSettings, ToyData.Binary(), null, CancellationToken.None);
        var one = new FakeMachine().Engine(protocol).Measure("shaky", alone, NoSettings, ToyData.Binary(), null, CancellationToken.None);

        // Then every value, interval, sample and detail (the repetitions taken among them) is the same
        Assert.True(one.Qualities.Count >= 15, $"protocol II measured {one.Qualities.Count} qualities");
        Assert.Equal(one.Qualities.Keys.Order(), side.Qualities.Keys.Order());
        foreach (var (id, expected) in one.Qualities)
        {
            var actual = side.Qualities[id];
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Lower, actual.Lower);
            Assert.Equal(expected.Upper, actual.Upper);
            Assert.Equal(expected.Std, actual.Std);
            Assert.Equal(expected.Samples, actual.Samples);
            Assert.Equal(expected.Details, actual.Details);
            Assert.Equal(expected.NotAvailable, actual.NotAvailable);
        }

        // And the same fits were made with the same seeds, the side-by-side ones on one thread each (a round's last fit,
        // started when one is left, on the two cores)
        Assert.Equal(alone.FitSeeds.Order(), together.FitSeeds.Order());
        Assert.All(alone.FitThreads, t => Assert.Equal(2, t));
        Assert.All(together.FitThreads, t => Assert.InRange(t, 1, 2));
        Assert.True(together.FitThreads.Count(t => t == 1) > together.FitThreads.Count / 2, string.Join(",", together.FitThreads));

        // And the protocol lines say how the repeated fits ran
        foreach (var id in (string[])["stability.accuracy-spread", "stability.bootstrap-spread", "robustness.label-noise", "data-needs.accuracy-10"])
        {
            Assert.Contains("these fits ran 2 at a time on one thread each", side.Qualities[id].Protocol, StringComparison.Ordinal);
            Assert.DoesNotContain("at a time", one.Qualities[id].Protocol, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_learning_curve_fits_run_alone_while_a_scale_law_reads_their_time()
    {
        // Given a thread-independent technique and a study that asks for the scale law of training time
        var technique = new ShakyTechnique(0.2, threadIndependent: true);
        var protocol = new ProtocolSpec { Qualities = ["data-needs", "scale.train-time-exponent"], Threads = 2 };

        // When it is measured
        var result = new FakeMachine().Engine(protocol).Measure("shaky", technique, NoSettings, ToyData.Binary(), null, CancellationToken.None);

        // Then every fit (held-out parts, learning curve) ran alone, on the runner's threads, and the line says nothing of concurrency
        Assert.All(technique.FitThreads, t => Assert.Equal(2, t));
        Assert.DoesNotContain("at a time", result.Qualities["data-needs.accuracy-10"].Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_fits_of_a_thread_independent_technique_run_at_once()
    {
        // Given 2 cores and a thread-independent technique
        var fits = ConcurrentFits.For(new ShakyTechnique(0, threadIndependent: true), Runner(threads: 2), ToyData.Binary());
        using var second = new ManualResetEventSlim();

        // When fit 0 waits for fit 1 to start (a bound on the wait only so that a broken scheduler fails instead of hanging)
        var met = fits.Run(2, i =>
        {
            if (i == 1)
            {
                second.Set();
                return true;
            }

            return second.Wait(TimeSpan.FromMinutes(1));
        });

        // Then fit 1 started while fit 0 was running
        Assert.Equal(2, fits.Width);
        Assert.Equal([true, true], met);
    }

    [Fact]
    public void Fits_side_by_side_collect_the_garbage_of_the_fits_before_as_fits_one_at_a_time_do()
    {
        // Given 2 cores and a thread-independent technique, whose fits run side by side outside the runner
        var technique = new ShakyTechnique(0, threadIndependent: true);
        var fits = ConcurrentFits.For(technique, Runner(threads: 2), ToyData.Binary());
        var data = ToyData.Binary();

        // When 6 fits are made
        var before = GC.CollectionCount(GC.MaxGeneration);
        fits.Run(6, i =>
        {
            using var model = fits.Fit(technique, data, i, CancellationToken.None);
            return model.OutputLength;
        });

        // Then each fit began with a full collection (as a fit through the runner does), so the copies of the rows and
        // the models of the fits before it are not added to its peak: at least one per pair, since the runtime serves
        // two requests that meet with one collection (none were made before)
        Assert.Equal(2, fits.Width);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) - before >= 3, $"{GC.CollectionCount(GC.MaxGeneration) - before} full collections");
    }

    [Fact]
    public void Fits_on_rows_above_the_side_by_side_limit_run_one_at_a_time_on_every_thread()
    {
        // Given 2 cores, a thread-independent technique, and rows whose feature values take 120 x 2 x 4 = 960 bytes
        var technique = new ShakyTechnique(0, threadIndependent: true);
        var data = ToyData.Binary();
        var bytes = (long)data.RowCount * data.FeatureCount * sizeof(float);

        // When the rows take more than the limit, and when they take just the limit
        var above = ConcurrentFits.For(technique, Runner(threads: 2), data, bytes - 1);
        var within = ConcurrentFits.For(technique, Runner(threads: 2), data, bytes);
        above.Run(3, i =>
        {
            using var model = above.Fit(technique, data, i, CancellationToken.None);
            return i;
        });

        // Then above it the fits run one at a time, each on the two cores (one copy of the rows at a time), and the
        // protocol line says nothing of fits side by side; within it they run two at a time. Fashion-MNIST's rows
        // (188 MB) are above the limit
        Assert.Equal(1, above.Width);
        Assert.All(technique.FitThreads, t => Assert.Equal(2, t));
        Assert.Equal("", above.Describe());
        Assert.Equal(2, within.Width);
        Assert.True(60_000L * 784 * sizeof(float) > ConcurrentFits.SideBySideBytes);
    }

    [Fact]
    public void A_technique_whose_model_depends_on_its_threads_fits_one_at_a_time_in_order()
    {
        var fits = ConcurrentFits.For(new ShakyTechnique(0), Runner(threads: 2), ToyData.Binary());
        var order = new List<int>();

        var results = fits.Run(5, i =>
        {
            order.Add(i);
            return i * 10;
        });

        Assert.Equal(1, fits.Width);
        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.Equal([0, 10, 20, 30, 40], results);
        Assert.Equal("", fits.Describe());
    }

    [Fact]
    public void Results_come_back_in_index_order_and_the_lowest_failing_index_is_the_one_thrown()
    {
        var fits = ConcurrentFits.For(new ShakyTechnique(0, threadIndependent: true), Runner(threads: 2), ToyData.Binary());

        var results = fits.Run(40, i => i * i);
        var error = Assert.Throws<InvalidOperationException>(() => fits.Run(40, i => i is 3 or 7 or 8 ? throw new InvalidOperationException($"fit {i}") : i));

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * i), results);
        Assert.Equal("fit 3", error.Message);
    }

    private static FitRunner Runner(int threads) => new(new FakeMachine().Context, new WarmUpSpec(), threads);
}
