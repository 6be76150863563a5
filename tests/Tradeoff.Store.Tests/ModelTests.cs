namespace Tradeoff.Store.Tests;

public sealed class ModelTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_load_the_same_bytes_When_a_model_is_kept()
    {
        // Given a run and a model of 100 kB
        using var store = _temp.Open();
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
}
