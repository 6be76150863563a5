using Microsoft.Data.Sqlite;
using Tradeoff.Core;

namespace Tradeoff.Store.Tests;

public sealed class SchemaTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_create_the_folder_and_migrate_to_the_current_version_When_the_file_is_new()
    {
        // Given no store file and no folder
        Assert.False(Directory.Exists(_temp.Folder));

        // When the store is opened
        using (var store = _temp.Open())
        {
            Assert.Empty(store.ListRuns());
        }

        // Then the file exists with every migration step applied, in WAL mode
        Assert.True(File.Exists(_temp.File));
        Assert.Equal(StoreSchema.CurrentVersion, ReadPragma("user_version"));
        Assert.Equal("wal", ReadPragma("journal_mode"));
    }

    [Fact]
    public void Should_migrate_an_empty_database_When_the_file_exists_without_tables()
    {
        // Given an empty SQLite database (schema version 0)
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.File)!);
        Execute("VACUUM");
        Assert.Equal(0, ReadPragma("user_version"));

        // When it is opened as a store, then every step is applied and it works
        using var store = _temp.Open();
        Assert.Equal(StoreSchema.CurrentVersion, ReadPragma("user_version"));
        Assert.Equal("r0001", store.StartRun(StoreSamples.Run()));
    }

    [Fact]
    public void Should_keep_the_runs_and_the_version_When_an_existing_store_is_opened_again()
    {
        // Given a store with one run
        using (var store = _temp.Open())
        {
            store.StartRun(StoreSamples.Run());
        }

        // When it is opened again (the migration finds nothing to do)
        using var reopened = _temp.Open();

        // Then the run is still there and the version unchanged
        Assert.Single(reopened.ListRuns());
        Assert.Equal(StoreSchema.CurrentVersion, ReadPragma("user_version"));
    }

    [Fact]
    public void Should_refuse_the_store_When_a_newer_schema_wrote_it()
    {
        // Given a store whose schema version is ahead of this build
        using (_temp.Open())
        {
        }

        Execute($"PRAGMA user_version = {StoreSchema.CurrentVersion + 1}");

        // When it is opened, then the error names the file and the versions
        var error = Assert.Throws<InputException>(_temp.Open);
        Assert.Contains(_temp.File, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_with_one_line_naming_the_file_When_it_is_not_a_store()
    {
        // Given a text file where the store should be
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.File)!);
        File.WriteAllText(_temp.File, "this is not a database, but it is long enough to look like a header of one.\n" + new string('x', 200));

        // When it is opened, then the error is an input error that names it
        var error = Assert.Throws<InputException>(_temp.Open);
        Assert.StartsWith(_temp.File + ":", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Should_fail_naming_the_path_When_the_path_is_a_folder()
    {
        Directory.CreateDirectory(_temp.Folder);

        var error = Assert.Throws<InputException>(() => SqliteRunStore.Open(_temp.Folder));

        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_delete_the_results_of_a_run_When_its_row_is_deleted()
    {
        using var store = _temp.Open();
        var run = store.StartRun(StoreSamples.Run());
        store.SaveTechnique(run, StoreSamples.Technique());

        // Deleting the run removes its techniques, measurements and samples with it (ON DELETE CASCADE needs foreign keys on).
        Execute("PRAGMA foreign_keys = ON; DELETE FROM runs;");

        Assert.Equal(0L, Count("techniques"));
        Assert.Equal(0L, Count("measurements"));
        Assert.Equal(0L, Count("samples"));
    }

    private object ReadPragma(string name)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        var value = command.ExecuteScalar()!;
        return value is long number ? (int)number : value;
    }

    private long Count(string table)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM " + table;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _temp.File, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
