using System.Data.Common;
using Tradeoff.Core.Results;

namespace Tradeoff.Store;

/// <summary>Runs: start, finish, list, find.</summary>
internal abstract partial class RelationalStore
{
    private const string RunColumns =
        "seq, study_name, study_text, study_sha256, data_sha256, environment, tool_version, started_at, finished_at, status, owner, heartbeat_at, recommended, document";

    public string StartRun(RunRecord run, RunOwner? owner = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var seq = InTransaction(true, transaction =>
        {
            using var command = Command(
                transaction,
                """
                INSERT INTO runs (study_name, study_text, study_sha256, data_sha256, environment, tool_version, started_at, status, owner, heartbeat_at)
                VALUES (@name, @text, @study, @data, @environment, @tool, @started, @status, @owner, @heartbeat)
                RETURNING seq
                """,
                ("@name", run.StudyName),
                ("@text", run.StudyText),
                ("@study", run.StudySha256),
                ("@data", StoreJson.Canonical(run.DataSha256)),
                ("@environment", StoreJson.Write(run.Environment)),
                ("@tool", run.ToolVersion),
                ("@started", StoreJson.Time(run.StartedAt)),
                ("@status", StoreJson.Name(RunStatus.Running)),
                ("@owner", StoreJson.Write(owner ?? RunOwner.Current)),
                ("@heartbeat", StoreJson.Time(Clock.GetUtcNow())));
            var seq = (long)command.ExecuteScalar()!;
            AddEnvironment(transaction, seq, run.Environment);
            return seq;
        });
        return RunIds.Format(seq);
    }

    public void AddEnvironment(string runId, EnvironmentInfo environment)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(environment);
        InTransaction(transaction => AddEnvironment(transaction, RequireRun(transaction, runId), environment));
    }

    public void FinishRun(string runId, RunStatus status, string? documentJson, string? recommended = null)
    {
        ArgumentNullException.ThrowIfNull(runId);
        InTransaction(transaction =>
        {
            var seq = RequireRun(transaction, runId);
            var finished = status == RunStatus.Running ? null : StoreJson.Time(Clock.GetUtcNow());
            using var command = Command(
                transaction,
                """
                UPDATE runs SET status = @status, finished_at = @finished,
                    document = COALESCE(@document, document), recommended = COALESCE(@recommended, recommended)
                WHERE seq = @seq
                """,
                ("@status", StoreJson.Name(status)),
                ("@finished", finished),
                ("@document", documentJson),
                ("@recommended", recommended),
                ("@seq", seq));
            command.ExecuteNonQuery();
        });
    }

    public void Heartbeat(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        InTransaction(transaction =>
        {
            using var command = Command(
                transaction,
                "UPDATE runs SET heartbeat_at = @now WHERE seq = @seq",
                ("@now", StoreJson.Time(Clock.GetUtcNow())),
                ("@seq", RequireRun(transaction, runId)));
            command.ExecuteNonQuery();
        });
    }

    public void ResumeRun(string runId, RunOwner owner)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(owner);
        // One write transaction: a second resume waits for the first to commit, then sees its live owner and stops.
        InTransaction(transaction =>
        {
            var seq = RequireRun(transaction, runId);
            using (var read = Command(transaction, "SELECT status, owner, heartbeat_at FROM runs WHERE seq = @seq", ("@seq", seq)))
            using (var reader = read.ExecuteReader())
            {
                reader.Read();
                var (status, holder, beat) = ReadLiveness(reader, 0);
                if (status == RunStatus.Running)
                {
                    var since = beat is { } b ? $" (last heartbeat {StoreJson.Time(b)})" : "";
                    throw new Core.InputException($"{Location}: run {runId} is being measured by {holder}{since}; wait for it to end, or stop it and resume then.");
                }
            }

            using var command = Command(
                transaction,
                "UPDATE runs SET status = @status, finished_at = NULL, owner = @owner, heartbeat_at = @now WHERE seq = @seq",
                ("@status", StoreJson.Name(RunStatus.Running)),
                ("@owner", StoreJson.Write(owner)),
                ("@now", StoreJson.Time(Clock.GetUtcNow())),
                ("@seq", seq));
            command.ExecuteNonQuery();
        });
    }

    public IReadOnlyList<RunSummary> ListRuns() => InTransaction(false, transaction =>
    {
        using var command = Command(transaction, "SELECT seq, study_name, started_at, finished_at, status, owner, heartbeat_at, recommended FROM runs ORDER BY seq");
        using var reader = command.ExecuteReader();
        var runs = new List<RunSummary>();
        while (reader.Read())
        {
            runs.Add(new RunSummary(
                RunIds.Format(reader.GetInt64(0)),
                reader.GetString(1),
                StoreJson.Time(reader.GetString(2)),
                ReadText(reader, 3) is string finished ? StoreJson.Time(finished) : null,
                ReadLiveness(reader, 4).Status,
                ReadText(reader, 7)));
        }

        return runs;
    });

    public string ResolveRunId(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var ids = InTransaction(false, transaction =>
        {
            using var command = Command(transaction, "SELECT seq FROM runs ORDER BY seq");
            using var reader = command.ExecuteReader();
            var seqs = new List<long>();
            while (reader.Read())
            {
                seqs.Add(reader.GetInt64(0));
            }

            return seqs;
        });
        return RunReference.Resolve(reference, ids, Location);
    }

    public StoredRun? LoadRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return RunIds.TryParse(runId, out var seq)
            ? InTransaction(false, transaction => LoadRun(transaction, seq))
            : null;
    }

    public StoredRun? FindLatest(string studySha256, IReadOnlyDictionary<string, string> dataSha256, bool unfinishedOnly)
    {
        ArgumentNullException.ThrowIfNull(studySha256);
        ArgumentNullException.ThrowIfNull(dataSha256);
        return InTransaction(false, transaction =>
        {
            using var command = Command(
                transaction,
                """
                SELECT seq FROM runs
                WHERE study_sha256 = @study AND data_sha256 = @data AND (@unfinishedOnly = 0 OR status <> @finished)
                ORDER BY seq DESC LIMIT 1
                """,
                ("@study", studySha256),
                ("@data", StoreJson.Canonical(dataSha256)),
                ("@unfinishedOnly", unfinishedOnly ? 1 : 0),
                ("@finished", StoreJson.Name(RunStatus.Finished)));
            return command.ExecuteScalar() is long seq ? LoadRun(transaction, seq) : null;
        });
    }

    private StoredRun? LoadRun(DbTransaction transaction, long seq)
    {
        StoredRun run;
        // The run's row is read whole and its reader closed first: a connection may run one command at a time (PostgreSQL).
        using (var command = Command(transaction, $"SELECT {RunColumns} FROM runs WHERE seq = @seq", ("@seq", seq)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            var record = new RunRecord
            {
                StudyName = reader.GetString(1),
                StudyText = ReadText(reader, 2),
                StudySha256 = reader.GetString(3),
                DataSha256 = StoreJson.Read<Dictionary<string, string>>(reader.GetString(4)),
                Environment = StoreJson.Read<EnvironmentInfo>(reader.GetString(5)),
                ToolVersion = reader.GetString(6),
                StartedAt = StoreJson.Time(reader.GetString(7)),
            };
            var (status, owner, heartbeat) = ReadLiveness(reader, 9);
            run = new StoredRun
            {
                Id = RunIds.Format(seq),
                Record = record,
                FinishedAt = ReadText(reader, 8) is string finished ? StoreJson.Time(finished) : null,
                Status = status,
                Owner = owner,
                HeartbeatAt = heartbeat,
                Recommended = ReadText(reader, 12),
                DocumentJson = ReadText(reader, 13),
            };
        }

        return run with
        {
            Environments = LoadEnvironments(transaction, seq),
            Techniques = LoadTechniques(transaction, seq),
            Models = LoadModelNames(transaction, seq),
        };
    }

    /// <summary>The status (as shown: a running run with a gone owner is interrupted), owner and heartbeat in three columns from <paramref name="first"/>.</summary>
    private (RunStatus Status, RunOwner? Owner, DateTimeOffset? HeartbeatAt) ReadLiveness(DbDataReader reader, int first)
    {
        var owner = ReadText(reader, first + 1) is string json ? StoreJson.Read<RunOwner>(json) : null;
        var heartbeat = ReadText(reader, first + 2) is string beat ? StoreJson.Time(beat) : (DateTimeOffset?)null;
        var status = RunOwner.Effective(StoreJson.Parse<RunStatus>(reader.GetString(first)), owner, heartbeat, Clock.GetUtcNow());
        return (status, owner, heartbeat);
    }
}
