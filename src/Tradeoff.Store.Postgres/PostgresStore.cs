using System.Data;
using System.Data.Common;
using System.Text.Json;
using Npgsql;
using Tradeoff.Core;

namespace Tradeoff.Store.Postgres;

/// <summary>
/// The store on a PostgreSQL server, shared by a team. Each operation takes a pooled connection and runs in one
/// transaction: writes under READ COMMITTED with the run's row locked (<c>FOR UPDATE</c>), so that two processes never
/// interleave on one run (a second resume waits, then sees the live owner); reads under REPEATABLE READ, so that a run is
/// read as one snapshot while others write.
/// </summary>
internal sealed class PostgresStore : RelationalStore
{
    // A run outlives a server restart: a transaction that lost its connection runs again, after these pauses (0.5 s, 1 s, ...).
    private const int Attempts = 5;
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);

    private readonly NpgsqlDataSource _source;

    private PostgresStore(NpgsqlDataSource source, string location, TimeProvider clock)
        : base(location, clock)
    {
        _source = source;
    }

    protected override string RowLock => " FOR UPDATE";

    /// <summary>Connects, checks the login and the schema version, and brings an older schema up to date.</summary>
    /// <exception cref="InputException">The server cannot be reached, refuses the login, has no such database, or holds no store (with <paramref name="mustExist"/>).</exception>
    public static PostgresStore Open(NpgsqlConnectionStringBuilder settings, string location, TimeProvider clock, bool mustExist)
    {
        settings.SearchPath = PostgresSchema.Name;
        var source = NpgsqlDataSource.Create(settings);
        try
        {
            using (var connection = source.OpenConnection())
            {
                PostgresSchema.Migrate(connection, location, mustExist);
            }

            return new PostgresStore(source, location, clock);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            source.Dispose();
            throw OpenError(location, settings.Database, e);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public override void Dispose() => _source.Dispose();

    protected override T InTransaction<T>(bool write, Func<DbTransaction, T> work)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return Once(write, work);
                }
                catch (NpgsqlException e) when (e.IsTransient && attempt < Attempts)
                {
                    // The server ended the connection (a restart, a failover, an administrator) or the network dropped:
                    // the pool's other idle connections are likely dead too, so they go, and the transaction runs again on
                    // a new one. Every write here may run twice (a technique, model or environment replaces its row; a
                    // heartbeat or finish stamps again) except that a start whose commit was lost in flight leaves a run
                    // that never measures, shown as interrupted.
                    _source.Clear();
                    Thread.Sleep(RetryPause * attempt);
                }
            }
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("XX", StringComparison.Ordinal))
        {
            // Class XX: the server found damaged data or indexes.
            throw Damaged(e.MessageText, e);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException)
        {
            // A record that does not read back as what the store wrote was changed behind its back.
            throw Damaged(e.Message, e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InputException($"{Location}: the PostgreSQL server failed: {FirstLine(e.Message)}", e);
        }
    }

    private T Once<T>(bool write, Func<DbTransaction, T> work)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction(write ? IsolationLevel.ReadCommitted : IsolationLevel.RepeatableRead);
        var result = work(transaction);
        transaction.Commit();
        return result;
    }

    private InputException Damaged(string problem, Exception inner) => new(
        $"{Location}: the store is damaged ({FirstLine(problem)}); keep runs elsewhere with --store, and restore the database from a backup.", inner);

    private static InputException OpenError(string location, string? database, Exception e)
    {
        var message = e switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                $"the server refused the login ({p.MessageText}); give the user in the location or PGUSER, and the password in PGPASSWORD or a pgpass file",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } p =>
                $"{p.MessageText}; create it (createdb {database}) or name another database",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } p =>
                $"{p.MessageText}; the first run needs a role that may create the '{PostgresSchema.Name}' schema in the database",
            PostgresException p => $"cannot open the store: {p.MessageText}",
            // Npgsql's own refusal before asking the server: it found no password for a server that wants one.
            _ when e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                $"cannot log in: {FirstLine(e.Message)}; give the password in PGPASSWORD or a pgpass file (~/.pgpass, or the file PGPASSFILE names)",
            _ => $"cannot connect to the PostgreSQL server: {FirstLine(e.Message)}",
        };
        return new InputException($"{location}: {message}", e);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
