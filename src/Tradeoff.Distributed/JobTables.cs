using Npgsql;

namespace Tradeoff.Distributed;

/// <summary>
/// Tradeoff's own tables beside Hangfire's, in the schema <c>tradeoff_jobs</c>: the sent files by hash
/// (<see cref="DataBlobs"/>), and each distributed run's machine class and jobs (<see cref="RunJobs"/>), which a resumed
/// coordinator reads to follow the jobs its predecessor enqueued instead of enqueuing them again.
/// </summary>
internal static class JobTables
{
    /// <summary>The schema of the tables.</summary>
    public const string Schema = "tradeoff_jobs";

    /// <summary>Creates the tables when missing; called under <see cref="JobEngine"/>'s schema lock.</summary>
    public static void Prepare(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            $"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            CREATE TABLE IF NOT EXISTS {Schema}.blobs (sha256 text PRIMARY KEY, content bytea NOT NULL);
            CREATE TABLE IF NOT EXISTS {Schema}.runs (run_id text PRIMARY KEY, machine_class text NOT NULL);
            CREATE TABLE IF NOT EXISTS {Schema}.jobs (run_id text NOT NULL, technique text NOT NULL, job_id text NOT NULL, PRIMARY KEY (run_id, technique));
            """,
            connection);
        command.ExecuteNonQuery();
    }
}
