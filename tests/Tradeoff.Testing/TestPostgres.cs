using Npgsql;
using Tradeoff.Store.Postgres;

namespace Tradeoff.Testing;

/// <summary>
/// A fresh database on the test PostgreSQL server for one test class (an xUnit class fixture), dropped afterwards. The
/// server is the location in <see cref="Variable"/>, which scripts/test.sh sets after scripts/setup.sh started the
/// local cluster and made a role for the tester; without it the tests fail, saying how to run them, rather than pass
/// without a server.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    /// <summary>The environment variable that names the test server: <c>postgres://USER@HOST[:PORT]/DATABASE</c>, a role that may create databases.</summary>
    public const string Variable = "TRADEOFF_TEST_POSTGRES";

    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly string _database = "tradeoff_test_" + Guid.NewGuid().ToString("N");

    public TestPostgres()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL store's tests need a server. Run scripts/test.sh (it starts the local cluster, creates a role and sets it), or set {Variable}=postgres://USER@HOST[:PORT]/postgres naming a role that may create databases.");
        }

        var slash = server.LastIndexOf('/');
        var query = server.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? server[q..] : "";
        Location = server[..(slash + 1)] + _database + query;
        _server = PostgresLocation.Parse(server[(server.IndexOf("://", StringComparison.Ordinal) + 3)..], server);
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        create.ExecuteNonQuery();
    }

    /// <summary>The store location of this fixture's database.</summary>
    public string Location { get; }

    /// <summary>Empties the database: drops the store's schema, so that the next store opened there starts anew (numbering included).</summary>
    public void Reset() => Execute("DROP SCHEMA IF EXISTS tradeoff CASCADE");

    /// <summary>Ends every other session on this fixture's database, as a server restart would (the stores' pooled connections die).</summary>
    public void EndSessions() => Execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

    /// <summary>Runs <paramref name="sql"/> in this fixture's database, behind the store's back.</summary>
    public void Execute(string sql)
    {
        var settings = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database, Pooling = false };
        using var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        // The stores' pooled connections stay open until their pools are cleared; FORCE ends any left.
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        // An autovacuum worker on the database is a session FORCE may end only as a member of pg_signal_backend (which
        // scripts/setup.sh grants); on a server set up otherwise, or while one still holds the database, it is short-lived: wait it out.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (attempt < DropAttempts && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(TimeSpan.FromSeconds(1));
            }
        }
    }

    private const int DropAttempts = 10;
}
