using Microsoft.Data.Sqlite;

namespace Tradeoff.Store.Tests;

public sealed class BusyTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_run_the_transaction_again_When_the_store_is_busy()
    {
        var calls = 0;
        var waits = new List<int>();

        var result = BusyRetry.Run(() => ++calls < 3 ? throw new SqliteException("database is locked", 5) : calls, waits.Add);

        Assert.Equal(3, result);
        Assert.Equal(2, waits.Count);
    }

    [Fact]
    public void Should_give_up_with_the_error_When_the_store_stays_busy()
    {
        var calls = 0;

        Assert.Throws<SqliteException>(() => BusyRetry.Run<int>(() => { calls++; throw new SqliteException("database is locked", 5); }, _ => { }));

        Assert.Equal(BusyRetry.Attempts, calls);
    }

    [Fact]
    public void Should_not_retry_When_the_error_is_not_busy()
    {
        var calls = 0;

        Assert.Throws<SqliteException>(() => BusyRetry.Run<int>(() => { calls++; throw new SqliteException("constraint failed", 19); }, _ => { }));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Should_wait_for_the_lock_When_another_connection_holds_it()
    {
        // Given another writer that holds the write lock for a moment
        using var store = _temp.Open();
        using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File, Pooling = false }.ToString());
        other.Open();
        var transaction = other.BeginTransaction(deferred: false);
        var release = Task.Run(async () =>
        {
            await Task.Delay(150);
            transaction.Commit();
            transaction.Dispose();
        });

        // When this store writes, then it waits and succeeds
        var run = store.StartRun(StoreSamples.Run());
        await release;

        Assert.Equal("r0001", run);
    }
}
