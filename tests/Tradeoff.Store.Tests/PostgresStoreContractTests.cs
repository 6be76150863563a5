using Tradeoff.Store.Postgres;
using Tradeoff.Testing;

namespace Tradeoff.Store.Tests;

/// <summary>The PostgreSQL store keeps the contract of every store, on a real server (<see cref="TestPostgres"/>): each test starts on an empty database.</summary>
public sealed class PostgresStoreContractTests : RunStoreContract, IClassFixture<TestPostgres>
{
    private readonly TestPostgres _database;

    public PostgresStoreContractTests(TestPostgres database)
    {
        _database = database;
        _database.Reset();
    }

    protected override IRunStore Open() => PostgresRunStore.Open(_database.Location, Clock);

    // The server keeps its pages whole; what can be damaged is the records: a result's settings cut short in the middle of the store.
    protected override void DamageTheMiddle() => _database.Execute(
        """UPDATE tradeoff.techniques SET settings = '{"max-depth": ' WHERE id = (SELECT id FROM tradeoff.techniques ORDER BY id OFFSET 40 LIMIT 1)""");

    public override void Dispose()
    {
    }
}
