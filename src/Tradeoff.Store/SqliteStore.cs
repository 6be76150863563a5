using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>
/// The SQLite store. One connection per instance, guarded by a lock so the runner may report from several
/// threads; other instances and processes coordinate through SQLite's locks (WAL: readers never block the
/// writer), the busy timeout and <see cref="BusyRetry"/>. Every write is one immediate transaction.
/// </summary>
internal sealed class SqliteStore : RelationalStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private bool _disposed;

    private SqliteStore(SqliteConnection connection, string location, TimeProvider clock)
        : base(location, clock)
    {
        _connection = connection;
    }

    // A write transaction locks the whole file (BEGIN IMMEDIATE); SQLite has no row locks.
    protected override string RowLock => "";

    public static SqliteStore Open(string fullPath, string location, TimeProvider clock)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The store keeps its connection for its lifetime; pooling would keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            BusyRetry.Run(() =>
            {
                // busy_timeout first, so that switching to WAL waits for a concurrent opener instead of failing.
                Execute(connection, "PRAGMA busy_timeout = 5000");
                Execute(connection, "PRAGMA journal_mode = WAL");
                // NORMAL is durable against a crash or kill -9 of the process in WAL mode; only a power cut may lose the last commits.
                Execute(connection, "PRAGMA synchronous = NORMAL");
                Execute(connection, "PRAGMA foreign_keys = ON");
                StoreSchema.Migrate(connection, location);
            });
            // Damaged pages deep in the file would otherwise surface mid-run, after the measuring.
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check(1)";
                if (check.ExecuteScalar() is string problem && problem != "ok")
                {
                    throw StoreDamage.Error(location, problem);
                }
            }

            return new SqliteStore(connection, location, clock);
        }
        catch (SqliteException e) when (StoreDamage.Is(e))
        {
            connection.Dispose();
            throw StoreDamage.Error(location, e.Message, e);
        }
        catch (SqliteException e)
        {
            // Not a database, unreadable, or locked by another run for longer than every retry: the user's to fix.
            connection.Dispose();
            throw new InputException($"{location}: cannot open the store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _connection.Dispose();
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="work"/> in one transaction under the instance lock, again from the start when the store is busy.</summary>
    protected override T InTransaction<T>(bool write, Func<DbTransaction, T> work)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return BusyRetry.Run(() =>
                {
                    // A write takes the lock up front (BEGIN IMMEDIATE): upgrading a read lock later can fail without waiting.
                    using var transaction = _connection.BeginTransaction(deferred: !write);
                    var result = work(transaction);
                    transaction.Commit();
                    return result;
                });
            }
            catch (SqliteException e) when (StoreDamage.Is(e))
            {
                throw StoreDamage.Error(Location, e.Message, e);
            }
        }
    }
}
