using System.Data.Common;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>
/// A store kept in SQL tables, whatever the database: the records, the queries (standard SQL that SQLite and
/// PostgreSQL both take, named <c>@parameters</c>) and how rows become results are written once here, so every kind of
/// store keeps the same records with the same semantics. A kind of store says how it runs a transaction (its locking,
/// retries and the errors that mean damage) and how it locks a run's row for a write.
/// </summary>
internal abstract partial class RelationalStore : IRunStore
{
    protected RelationalStore(string location, TimeProvider clock)
    {
        Location = location;
        Clock = clock;
    }

    public string Location { get; }

    /// <summary>The clock that stamps finish times and heartbeats.</summary>
    protected TimeProvider Clock { get; }

    /// <summary>What a write appends to the query that finds its run, to hold the run's row until it commits (empty when the whole store is locked).</summary>
    protected abstract string RowLock { get; }

    public abstract void Dispose();

    /// <summary>Runs <paramref name="work"/> in one transaction; <paramref name="write"/> says whether it writes.</summary>
    protected abstract T InTransaction<T>(bool write, Func<DbTransaction, T> work);

    private void InTransaction(Action<DbTransaction> work) => InTransaction(true, transaction =>
    {
        work(transaction);
        return true;
    });

    private static DbCommand Command(DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>SQLite has no NaN: a NaN is stored as NULL and a NULL value is read back as NaN (in every store, so all read the same).</summary>
    private static object Real(double? value) => value is double v && !double.IsNaN(v) ? v : DBNull.Value;

    private static double? ReadReal(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);

    private static string? ReadText(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>The sequence number of run <paramref name="runId"/>, its row held for this write (<see cref="RowLock"/>).</summary>
    private long RequireRun(DbTransaction transaction, string runId)
    {
        if (RunIds.TryParse(runId, out var seq))
        {
            using var command = Command(transaction, "SELECT 1 FROM runs WHERE seq = @seq" + RowLock, ("@seq", seq));
            if (command.ExecuteScalar() is not null)
            {
                return seq;
            }
        }

        throw new InputException($"{Location}: there is no run '{runId}'; `tradeoff runs` lists them.");
    }
}
