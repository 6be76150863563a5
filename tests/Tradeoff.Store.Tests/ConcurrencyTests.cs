namespace Tradeoff.Store.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Should_keep_every_result_When_two_stores_on_one_file_write_at_once()
    {
        // Given the store created, and two threads that each open it and start their own run
        using (_temp.Open())
        {
        }

        const int Saves = 50;
        using var start = new Barrier(2);
        string Write(string study)
        {
            using var store = _temp.Open();
            var run = store.StartRun(StoreSamples.Run(study));
            start.SignalAndWait();
            for (var i = 0; i < Saves; i++)
            {
                store.SaveTechnique(run, StoreSamples.Technique("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), variant: i));
            }

            store.FinishRun(run, RunStatus.Finished, null);
            return run;
        }

        // When both write 50 technique results at the same time
        var first = Task.Factory.StartNew(() => Write("A"), TaskCreationOptions.LongRunning);
        var second = Task.Factory.StartNew(() => Write("B"), TaskCreationOptions.LongRunning);
        var runs = await Task.WhenAll(first, second);

        // Then both runs have all 50 results, intact
        using var reader = _temp.Open();
        Assert.Equal(2, reader.ListRuns().Count);
        foreach (var run in runs)
        {
            var loaded = reader.LoadRun(run)!;
            Assert.Equal(RunStatus.Finished, loaded.Status);
            Assert.Equal(Saves, loaded.Techniques.Count);
            ResultAssert.Equal(StoreSamples.Technique("t49", variant: 49), loaded.Techniques[49]);
        }
    }

    [Fact]
    public void Should_keep_every_result_When_one_store_is_shared_by_several_threads()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());

        Parallel.For(0, 12, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
            store.SaveTechnique(run, StoreSamples.Technique("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(12, store.LoadRun(run)!.Techniques.Count);
    }
}
