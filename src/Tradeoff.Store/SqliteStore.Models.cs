using Microsoft.Data.Sqlite;

namespace Tradeoff.Store;

/// <summary>Trained models, kept as blobs inside the store: a model is only ever loaded from here, never from a path a file names.</summary>
internal sealed partial class SqliteStore
{
    public void SaveModel(string runId, string technique, ReadOnlySpan<byte> model)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentException.ThrowIfNullOrEmpty(technique);
        var bytes = model.ToArray();
        InTransaction(transaction =>
        {
            var seq = RequireRun(transaction, runId);
            using var command = Command(
                transaction,
                "INSERT OR REPLACE INTO models (run_seq, technique, data) VALUES ($seq, $technique, $data)",
                ("$seq", seq),
                ("$technique", technique),
                ("$data", bytes));
            command.ExecuteNonQuery();
        });
    }

    public byte[]? LoadModel(string runId, string technique)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(technique);
        if (!RunIds.TryParse(runId, out var seq))
        {
            return null;
        }

        return InTransaction(false, transaction =>
        {
            using var command = Command(
                transaction,
                "SELECT data FROM models WHERE run_seq = $seq AND technique = $technique",
                ("$seq", seq),
                ("$technique", technique));
            using var reader = command.ExecuteReader();
            return reader.Read() ? reader.GetFieldValue<byte[]>(0) : null;
        });
    }

    private List<string> LoadModelNames(SqliteTransaction transaction, long seq)
    {
        using var command = Command(transaction, "SELECT technique FROM models WHERE run_seq = $seq ORDER BY technique", ("$seq", seq));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
