using System.Globalization;
using Microsoft.Data.Sqlite;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>
/// The versioned schema: PRAGMA user_version counts the migration steps applied; each step runs once, in
/// order, inside the transaction that bumps the version, so a crash mid-migration leaves the old schema.
/// A step is never edited once released: a change is a new step at the end.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The migration steps; the store's version is how many of them were applied.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            study_name TEXT NOT NULL,
            study_text TEXT,
            study_sha256 TEXT NOT NULL,
            data_sha256 TEXT NOT NULL,
            environment TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            recommended TEXT,
            document TEXT
        );
        CREATE INDEX runs_by_study ON runs (study_sha256, data_sha256);
        CREATE TABLE techniques (
            id INTEGER PRIMARY KEY,
            run_seq INTEGER NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            technique_id TEXT NOT NULL,
            settings TEXT NOT NULL,
            capabilities TEXT NOT NULL,
            status TEXT NOT NULL,
            message TEXT,
            other_seconds TEXT,
            UNIQUE (run_seq, name)
        );
        CREATE TABLE measurements (
            id INTEGER PRIMARY KEY,
            technique INTEGER NOT NULL REFERENCES techniques (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            quality TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            direction TEXT NOT NULL,
            std REAL,
            lower REAL,
            upper REAL,
            sample_count INTEGER,
            protocol TEXT,
            estimated INTEGER NOT NULL,
            not_available TEXT,
            note TEXT,
            details TEXT,
            seconds REAL,
            UNIQUE (technique, quality)
        );
        CREATE TABLE samples (
            measurement INTEGER PRIMARY KEY REFERENCES measurements (id) ON DELETE CASCADE,
            data BLOB NOT NULL
        );
        CREATE TABLE models (
            run_seq INTEGER NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            technique TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (run_seq, technique)
        );
        """,
        // Tuning (protocol.tuning): the trials, the chosen configuration and the frontier, as one JSON document per technique.
        "ALTER TABLE techniques ADD COLUMN tuning TEXT;",
        // Provenance: the run that measured a technique (another run's id when it was reused), when, and the fingerprint
        // of its environment; and every environment a run measured in. Rows written before have none, so they are never reused.
        """
        ALTER TABLE techniques ADD COLUMN measured_run TEXT;
        ALTER TABLE techniques ADD COLUMN measured_at TEXT;
        ALTER TABLE techniques ADD COLUMN environment TEXT;
        CREATE TABLE run_environments (
            run_seq INTEGER NOT NULL REFERENCES runs (seq) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            environment TEXT NOT NULL,
            PRIMARY KEY (run_seq, fingerprint)
        );
        """,
        // The process that measures a run and its last sign of life, so that a killed run shows as interrupted and a
        // live one is not resumed twice. Runs written before have none: a running one among them counts as killed.
        """
        ALTER TABLE runs ADD COLUMN owner TEXT;
        ALTER TABLE runs ADD COLUMN heartbeat_at TEXT;
        """,
    ];

    /// <summary>The version a store has once every step is applied.</summary>
    public static int CurrentVersion => Steps.Count;

    /// <summary>Applies the missing steps; refuses a store that a newer Tradeoff wrote.</summary>
    public static void Migrate(SqliteConnection connection, string location)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = ReadVersion(connection, transaction);
        if (version > CurrentVersion)
        {
            throw new InputException(
                $"{location}: the store has schema version {version.ToString(CultureInfo.InvariantCulture)}, newer than this Tradeoff knows ({CurrentVersion.ToString(CultureInfo.InvariantCulture)}); use a newer Tradeoff or another --store.");
        }

        for (var step = version; step < CurrentVersion; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step];
            command.ExecuteNonQuery();
        }

        if (version < CurrentVersion)
        {
            using var bump = connection.CreateCommand();
            bump.Transaction = transaction;
            // PRAGMA takes no parameters; the value is our own integer, never user input.
            bump.CommandText = "PRAGMA user_version = " + CurrentVersion.ToString(CultureInfo.InvariantCulture);
            bump.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The store's schema version (0 for a new file).</summary>
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
