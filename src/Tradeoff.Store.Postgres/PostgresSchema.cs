using System.Globalization;
using Npgsql;
using Tradeoff.Core;

namespace Tradeoff.Store.Postgres;

/// <summary>
/// The versioned schema, in a PostgreSQL schema of its own (<see cref="Name"/>) so that the store can share a team's
/// database: <c>schema_version</c> holds how many migration steps were applied; each step runs once, in order, inside
/// the transaction that bumps the version, under an advisory lock so that two first runs do not both migrate. A step is
/// never edited once released: a change is a new step at the end. The tables are the SQLite store's, column for column
/// and in the same forms (JSON text, times as round-trip text that keeps every tick, integers as bigint, flags as 0 or 1,
/// samples as little-endian doubles), so that the shared queries of <see cref="RelationalStore"/> serve both.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The PostgreSQL schema that holds the store's tables.</summary>
    public const string Name = "tradeoff";

    // Any constant of ours: the advisory lock that serialises migrations between processes.
    private const long MigrationLock = 0x7472_6164_656f_6666;

    /// <summary>The migration steps; the store's version is how many of them were applied.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE runs (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            study_name text NOT NULL,
            study_text text,
            study_sha256 text NOT NULL,
            data_sha256 text NOT NULL,
            environment text NOT NULL,
            tool_version text NOT NULL,
            started_at text NOT NULL,
            finished_at text,
            status text NOT NULL,
            owner text,
            heartbeat_at text,
            recommended text,
            document text
        );
        CREATE INDEX runs_by_study ON runs (study_sha256, data_sha256);
        CREATE TABLE run_environments (
            run_seq bigint NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            fingerprint text NOT NULL,
            environment text NOT NULL,
            PRIMARY KEY (run_seq, fingerprint)
        );
        CREATE TABLE techniques (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            run_seq bigint NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            position bigint NOT NULL,
            name text NOT NULL,
            technique_id text NOT NULL,
            settings text NOT NULL,
            capabilities text NOT NULL,
            status text NOT NULL,
            message text,
            other_seconds text,
            tuning text,
            measured_run text,
            measured_at text,
            environment text,
            UNIQUE (run_seq, name)
        );
        CREATE TABLE measurements (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            technique bigint NOT NULL REFERENCES techniques (id) ON DELETE CASCADE,
            position bigint NOT NULL,
            quality text NOT NULL,
            value double precision,
            unit text NOT NULL,
            direction text NOT NULL,
            std double precision,
            lower double precision,
            upper double precision,
            sample_count integer,
            protocol text,
            estimated bigint NOT NULL,
            not_available text,
            note text,
            details text,
            seconds double precision,
            UNIQUE (technique, quality)
        );
        CREATE TABLE samples (
            measurement bigint PRIMARY KEY REFERENCES measurements (id) ON DELETE CASCADE,
            data bytea NOT NULL
        );
        CREATE TABLE models (
            run_seq bigint NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            technique text NOT NULL,
            data bytea NOT NULL,
            PRIMARY KEY (run_seq, technique)
        );
        """,
    ];

    /// <summary>The version a store has once every step is applied.</summary>
    public static int CurrentVersion => Steps.Count;

    /// <summary>
    /// Applies the missing steps; refuses a store that a newer Tradeoff wrote. With <paramref name="mustExist"/> a
    /// database without the store is refused and nothing is created.
    /// </summary>
    public static void Migrate(NpgsqlConnection connection, string location, bool mustExist)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock.ToString(CultureInfo.InvariantCulture)})");
        var version = ReadVersion(connection, transaction);
        if (version == 0 && mustExist)
        {
            throw new InputException($"{location}: no run store in this database; run a study with --store {location} first.");
        }

        if (version > CurrentVersion)
        {
            throw new InputException(
                $"{location}: the store has schema version {version.ToString(CultureInfo.InvariantCulture)}, newer than this Tradeoff knows ({CurrentVersion.ToString(CultureInfo.InvariantCulture)}); use a newer Tradeoff or another --store.");
        }

        if (version == CurrentVersion)
        {
            return;
        }

        if (version == 0)
        {
            Execute(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {Name}; CREATE TABLE {Name}.schema_version (version integer NOT NULL); INSERT INTO {Name}.schema_version VALUES (0)");
        }

        for (var step = version; step < CurrentVersion; step++)
        {
            Execute(connection, transaction, Steps[step]);
        }

        Execute(connection, transaction, $"UPDATE {Name}.schema_version SET version = {CurrentVersion.ToString(CultureInfo.InvariantCulture)}");
        transaction.Commit();
    }

    /// <summary>The store's schema version: 0 for a database without the store.</summary>
    public static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand($"SELECT to_regclass('{Name}.schema_version') IS NOT NULL", connection, transaction);
        if (command.ExecuteScalar() is not true)
        {
            return 0;
        }

        command.CommandText = $"SELECT version FROM {Name}.schema_version";
        return command.ExecuteScalar() is int version ? version : 0;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
