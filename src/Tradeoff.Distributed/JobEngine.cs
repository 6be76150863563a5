using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using Tradeoff.Store.Postgres;

namespace Tradeoff.Distributed;

/// <summary>
/// Hangfire over the team store's database, in a schema of its own: the coordinator enqueues there, the workers fetch
/// from there. One place sets both sides alike (schema, queue, serializer), so that a job one writes the other reads.
/// </summary>
internal static class JobEngine
{
    /// <summary>Hangfire's schema in the store's database.</summary>
    public const string Schema = "hangfire";

    /// <summary>
    /// The key of the advisory lock held while the schemas are created: Hangfire.PostgreSql's installer is not safe
    /// against itself, so workers started together raced (duplicate key and "relation already exists" errors).
    /// </summary>
    private const long SchemaLock = 0x7472_6164_656f_6666; // "tradeoff"

    /// <summary>The queue of the measurement jobs of <paramref name="machineClass"/>: only workers of that class fetch them.</summary>
    public static string QueueOf(string machineClass) => QueuePrefix + machineClass;

    /// <summary>The machine class whose jobs <paramref name="queue"/> holds, or null for a queue of no class.</summary>
    public static string? ClassOf(string queue) => queue.StartsWith(QueuePrefix, StringComparison.Ordinal) ? queue[QueuePrefix.Length..] : null;

    private const string QueuePrefix = "measure-";

    private static readonly Lazy<bool> Configured = new(() =>
    {
        // Type names without assembly versions, so that a worker of another build reads the job and refuses it with a
        // message (the order's version tag) instead of failing to load a type.
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new ErrorLogProvider(Console.Error));
        return true;
    });

    /// <summary>
    /// The job storage in the database of <paramref name="location"/>; creates Hangfire's schema and <see cref="JobTables"/>
    /// when missing, one process at a time.
    /// </summary>
    /// <param name="location">The team store's location.</param>
    /// <param name="invisibilityTimeout">How long a fetched job stays another worker's while that worker stops confirming it (it was killed).</param>
    public static PostgreSqlStorage Storage(string location, TimeSpan invisibilityTimeout)
    {
        _ = Configured.Value;
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            // A live worker keeps renewing the fetch time of its job (sliding), so the timeout can be short: a job of a
            // killed worker is fetched again by another this long after the kill, however long the job itself runs.
            InvisibilityTimeout = invisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            // Hangfire's default (15 s) would leave a short job waiting in the queue longer than it runs.
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        var connectionString = PostgresRunStore.ConnectionString(location);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, $"SELECT pg_advisory_lock({SchemaLock})");
        try
        {
            JobTables.Prepare(connection);
            // The storage installs (or upgrades) Hangfire's schema as it is made: under the lock, one process at a time.
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }
        finally
        {
            Execute(connection, $"SELECT pg_advisory_unlock({SchemaLock})");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
