using System.Data.Common;

namespace Tradeoff.Store;

/// <summary>Trained models, kept as blobs inside the store: a model is only ever loaded from here, never from a path a file names.</summary>
internal abstract partial class RelationalStore
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
                "INSERT INTO models (run_seq, technique, data) VALUES (@seq, @technique, @data) ON CONFLICT (run_seq, technique) DO UPDATE SET data = excluded.data",
                ("@seq", seq),
                ("@technique", technique),
                ("@data", bytes));
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
                "SELECT data FROM models WHERE run_seq = @seq AND technique = @technique",
                ("@seq", seq),
                ("@technique", technique));
            using var reader = command.ExecuteReader();
            return reader.Read() ? reader.GetFieldValue<byte[]>(0) : null;
        });
    }

    private List<string> LoadModelNames(DbTransaction transaction, long seq)
    {
        using var command = Command(transaction, "SELECT technique FROM models WHERE run_seq = @seq ORDER BY technique", ("@seq", seq));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
