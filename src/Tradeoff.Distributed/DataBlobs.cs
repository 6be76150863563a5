using System.Security.Cryptography;
using Npgsql;
using Tradeoff.Core;
using Tradeoff.Store.Postgres;

namespace Tradeoff.Distributed;

/// <summary>
/// The files a distributed run's workers need (the study's text, its data), kept in the team store's database by the
/// SHA-256 of their bytes: uploaded once by the coordinator (a file already there is not sent again), read by each
/// worker, never named by a path that only one machine has.
/// </summary>
internal sealed class DataBlobs(string location)
{
    private const string Table = JobTables.Schema + ".blobs";

    private readonly string _connection = PostgresRunStore.ConnectionString(location);

    /// <summary>Keeps <paramref name="content"/> under its hash, which it returns; a blob already kept is left as it is.</summary>
    public string Upload(byte[] content)
    {
        var sha256 = Hash(content);
        using var connection = Open();
        using (var exists = new NpgsqlCommand($"SELECT 1 FROM {Table} WHERE sha256 = @sha256", connection))
        {
            exists.Parameters.AddWithValue("sha256", sha256);
            if (exists.ExecuteScalar() is not null)
            {
                // Sent by an earlier run of the same data: not sent again.
                return sha256;
            }
        }

        using var insert = new NpgsqlCommand($"INSERT INTO {Table} (sha256, content) VALUES (@sha256, @content) ON CONFLICT DO NOTHING", connection);
        insert.Parameters.AddWithValue("sha256", sha256);
        insert.Parameters.AddWithValue("content", content);
        insert.ExecuteNonQuery();
        return sha256;
    }

    /// <summary>The blob <paramref name="sha256"/>, checked against its hash.</summary>
    /// <exception cref="InputException">The store holds no such blob, or one whose bytes do not have that hash.</exception>
    public byte[] Download(string sha256)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand($"SELECT content FROM {Table} WHERE sha256 = @sha256", connection);
        command.Parameters.AddWithValue("sha256", sha256);
        var content = command.ExecuteScalar() as byte[]
            ?? throw new InputException($"{location}: no data blob {sha256} in the store; the coordinator uploads it before enqueuing its jobs.");
        return Hash(content) == sha256
            ? content
            : throw new InputException($"{location}: the data blob {sha256} does not have that hash; the store is damaged.");
    }

    /// <summary>The SHA-256 of <paramref name="content"/>, lower-case hex as <see cref="ContentHash"/> writes it.</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(_connection);
        connection.Open();
        return connection;
    }
}
