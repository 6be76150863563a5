using Tradeoff.Testing;

namespace Tradeoff.Store.Tests;

/// <summary>The SQLite store keeps the contract of every store.</summary>
public sealed class SqliteStoreContractTests : RunStoreContract
{
    private readonly TempStore _temp = new();

    protected override IRunStore Open() => SqliteRunStore.Open(_temp.File, Clock);

    // SQLite's default page size: whole b-tree pages lose their headers and cells, past the file header.
    protected override void DamageTheMiddle() => FileDamage.OverwriteMiddle(_temp.File, 4096);

    public override void Dispose() => _temp.Dispose();
}
