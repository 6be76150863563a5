using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Tradeoff.Core.Data;

namespace Tradeoff.Measurement.Tuning;

/// <summary>
/// What makes two searches of one technique the same: the seed their inner folds derive from and the rows, value
/// for value in order. Data sets cut from the same rows are separate objects, so the rows are hashed (SHA-256, so
/// that two different training parts never share a key).
/// </summary>
internal static class SearchKey
{
    public static string Of(Dataset rows, int seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(header, seed);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], rows.RowCount);
        hash.AppendData(header);
        hash.AppendData(MemoryMarshal.AsBytes(rows.Target.Values.AsSpan()));
        foreach (var column in rows.Features)
        {
            hash.AppendData(MemoryMarshal.AsBytes(column.Values.AsSpan()));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
