using Npgsql;
using Tradeoff.Store.Postgres;

namespace Tradeoff.Distributed;

/// <summary>
/// What a distributed run's coordinator keeps in the store beside the run: the machine class its timed jobs go to, and
/// the Hangfire job of each technique instance. A coordinator that resumes the run (after its predecessor was killed)
/// reads them: the same class, and the jobs still queued or in flight followed rather than enqueued a second time.
/// </summary>
internal sealed class RunJobs(string location)
{
    private readonly string _connection = PostgresRunStore.ConnectionString(location);

    /// <summary>The machine class recorded for <paramref name="runId"/>, or null when none is.</summary>
    public string? ClassOf(string runId)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand($"SELECT machine_class FROM {JobTables.Schema}.runs WHERE run_id = @run", connection);
        command.Parameters.AddWithValue("run", runId);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Records the machine class of <paramref name="runId"/>; a class recorded before is kept.</summary>
    public void RecordClass(string runId, string machineClass)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand($"INSERT INTO {JobTables.Schema}.runs (run_id, machine_class) VALUES (@run, @class) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("class", machineClass);
        command.ExecuteNonQuery();
    }

    /// <summary>The Hangfire job id of each technique instance of <paramref name="runId"/> enqueued so far.</summary>
    public IReadOnlyDictionary<string, string> Jobs(string runId)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand($"SELECT technique, job_id FROM {JobTables.Schema}.jobs WHERE run_id = @run", connection);
        command.Parameters.AddWithValue("run", runId);
        using var reader = command.ExecuteReader();
        var jobs = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            jobs[reader.GetString(0)] = reader.GetString(1);
        }

        return jobs;
    }

    /// <summary>Records <paramref name="jobId"/> as the job of <paramref name="technique"/> in <paramref name="runId"/>, replacing an earlier one.</summary>
    public void RecordJob(string runId, string technique, string jobId)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(
            $"INSERT INTO {JobTables.Schema}.jobs (run_id, technique, job_id) VALUES (@run, @technique, @job) ON CONFLICT (run_id, technique) DO UPDATE SET job_id = excluded.job_id",
            connection);
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("technique", technique);
        command.Parameters.AddWithValue("job", jobId);
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(_connection);
        connection.Open();
        return connection;
    }
}
