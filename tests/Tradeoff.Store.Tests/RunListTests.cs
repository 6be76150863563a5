using Microsoft.Extensions.Time.Testing;

namespace Tradeoff.Store.Tests;

public sealed class RunListTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_number_runs_in_order_When_runs_are_started()
    {
        using var store = _temp.Open();

        var first = store.StartRun(StoreSamples.Run());
        var second = store.StartRun(StoreSamples.Run("Fraud"));

        Assert.Equal("r0001", first);
        Assert.Equal("r0002", second);
        Assert.Equal(["r0001", "r0002"], store.ListRuns().Select(r => r.Id));
    }

    [Fact]
    public void Should_list_status_finish_time_and_recommendation_When_a_run_finishes()
    {
        // Given a clock and a started run
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        using var store = SqliteRunStore.Open(_temp.File, clock);
        var run = store.StartRun(StoreSamples.Run());

        // When it finishes with a document and a recommendation
        store.FinishRun(run, RunStatus.Finished, "{\"schemaVersion\":1}", "tree");

        // Then the list and the loaded run show them
        var summary = Assert.Single(store.ListRuns());
        Assert.Equal(new RunSummary(run, "Credit scoring", StoreSamples.Start, clock.GetUtcNow(), RunStatus.Finished, "tree"), summary);
        var loaded = store.LoadRun(run)!;
        Assert.Equal("{\"schemaVersion\":1}", loaded.DocumentJson);
        Assert.Equal("tree", loaded.Recommended);
    }

    [Fact]
    public void Should_clear_the_finish_time_and_keep_the_document_When_an_interrupted_run_is_resumed()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());
        store.FinishRun(run, RunStatus.Interrupted, "{}");

        store.FinishRun(run, RunStatus.Running, null);

        var loaded = store.LoadRun(run)!;
        Assert.Equal(RunStatus.Running, loaded.Status);
        Assert.Null(loaded.FinishedAt);
        Assert.Equal("{}", loaded.DocumentJson);
    }

    [Theory]
    [InlineData("latest", "r0012")]
    [InlineData("LATEST", "r0012")]
    [InlineData("r0003", "r0003")]
    [InlineData("r3", "r0003")]
    [InlineData("3", "r0003")]
    [InlineData("R12", "r0012")]
    [InlineData("r001", "r0012")]
    public void Should_resolve_the_run_the_user_means(string reference, string expected)
    {
        Assert.Equal(expected, RunReference.Resolve(reference, [2, 3, 12], "store.db"));
    }

    [Theory]
    [InlineData("r00", "matches")]
    [InlineData("r99", "no run")]
    [InlineData("x1", "no run")]
    public void Should_fail_with_a_clear_message_When_the_reference_is_ambiguous_or_unknown(string reference, string expected)
    {
        var error = Assert.Throws<Core.InputException>(() => RunReference.Resolve(reference, [2, 3, 12], "store.db"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("store.db: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_resolve_latest_to_the_newest_run_When_the_store_resolves_it()
    {
        using var store = _temp.Open();
        Assert.Throws<Core.InputException>(() => store.ResolveRunId("latest"));
        store.StartRun(StoreSamples.Run());
        var newest = store.StartRun(StoreSamples.Run());

        Assert.Equal(newest, store.ResolveRunId("latest"));
    }

    [Fact]
    public void Should_return_null_When_the_run_does_not_exist()
    {
        using var store = _temp.Open();

        Assert.Null(store.LoadRun("r0007"));
        Assert.Null(store.LoadRun("not an id"));
        Assert.Null(store.LoadModel("r0007", "tree"));
    }
}
