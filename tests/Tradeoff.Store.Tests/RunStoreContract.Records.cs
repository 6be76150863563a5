namespace Tradeoff.Store.Tests;

/// <summary>What every store keeps: results equal in every field, kept models, provenance, and the runs a resume finds.</summary>
public abstract partial class RunStoreContract
{
    [Fact]
    public void Should_load_every_field_in_the_order_saved_When_results_are_saved_and_the_store_opened_again()
    {
        // Given two results with NaN and infinite values, details, samples, timings and provenance, in a closed store
        string run;
        using (var store = Open())
        {
            run = store.StartRun(StoreSamples.Run());
            store.SaveTechnique(run, StoreSamples.Technique("tree"));
            store.SaveTechnique(run, StoreSamples.Technique("forest", variant: 1));
        }

        // When it is opened again and the run loaded
        using var reopened = Open();
        var loaded = reopened.LoadRun(run)!;

        // Then both are there, in the order saved, equal in every field
        Assert.Equal(["tree", "forest"], loaded.Techniques.Select(t => t.Name));
        ResultAssert.Equal(StoreSamples.Technique("tree"), loaded.Techniques[0]);
        ResultAssert.Equal(StoreSamples.Technique("forest", variant: 1), loaded.Techniques[1]);
        Assert.Equal(StoreSamples.Run().Environment.Fingerprint, Assert.Single(loaded.Environments).Key);
    }

    [Fact]
    public void Should_load_the_same_bytes_When_a_model_is_kept_and_replaced()
    {
        // Given a run and a model of 100 kB
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run());
        var bytes = new byte[100_000];
        new Random(7).NextBytes(bytes);

        // When it is kept, then replaced
        store.SaveModel(run, "tree", new byte[] { 1, 2, 3 });
        store.SaveModel(run, "tree", bytes);

        // Then the newer bytes come back and the run lists the model
        Assert.Equal(bytes, store.LoadModel(run, "tree"));
        Assert.Null(store.LoadModel(run, "forest"));
        Assert.Equal(["tree"], store.LoadRun(run)!.Models);
    }

    [Fact]
    public void Should_keep_the_original_run_s_provenance_When_a_reused_technique_is_saved_in_a_new_run()
    {
        // Given a technique measured by r0001, taken into r0002
        using var store = Open();
        var first = store.StartRun(StoreSamples.Run());
        var measured = StoreSamples.Technique() with { MeasuredIn = StoreSamples.Technique().MeasuredIn! with { RunId = first } };
        store.SaveTechnique(first, measured);
        var second = store.StartRun(StoreSamples.Run());

        // When it is saved in r0002 and loaded from there
        store.SaveTechnique(second, store.LoadRun(first)!.Techniques[0]);
        var loaded = Assert.Single(store.LoadRun(second)!.Techniques);

        // Then it still says r0001 measured it, when, and in which environment
        Assert.Equal(measured.MeasuredIn, loaded.MeasuredIn);
        Assert.Equal("r0001", loaded.MeasuredIn!.RunId);
    }

    [Fact]
    public void Should_find_the_newest_run_of_the_same_study_and_data_When_looking_for_a_run_to_reuse()
    {
        // Given runs of two studies and two versions of the data
        using var store = Open();
        var data = StoreSamples.Run().DataSha256;
        var finished = store.StartRun(StoreSamples.Run());
        store.FinishRun(finished, RunStatus.Finished, null);
        var interrupted = store.StartRun(StoreSamples.Run());
        store.FinishRun(interrupted, RunStatus.Interrupted, null);
        var newer = store.StartRun(StoreSamples.Run());
        store.FinishRun(newer, RunStatus.Finished, null);
        store.StartRun(StoreSamples.Run(trainSha: "changed"));
        store.StartRun(StoreSamples.Run(studySha: "other"));

        // When looking for the latest run, and the latest unfinished one (labels in another order)
        var reversed = data.Reverse().ToDictionary();
        var latest = store.FindLatest(StoreSamples.StudySha, reversed, unfinishedOnly: false);
        var unfinished = store.FindLatest(StoreSamples.StudySha, reversed, unfinishedOnly: true);

        // Then each is the right one, and changed data matches nothing
        Assert.Equal(newer, latest!.Id);
        Assert.Equal(interrupted, unfinished!.Id);
        Assert.Null(store.FindLatest(StoreSamples.StudySha, new Dictionary<string, string> { ["train"] = "aa11" }, unfinishedOnly: false));
    }
}
