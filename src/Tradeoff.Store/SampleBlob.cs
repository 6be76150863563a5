using System.Buffers.Binary;

namespace Tradeoff.Store;

/// <summary>
/// Raw samples as a BLOB of little-endian IEEE 754 doubles: exact (NaN and infinities included), compact
/// for thousands of latencies, and the same bytes on every machine.
/// </summary>
internal static class SampleBlob
{
    public static byte[] Encode(IReadOnlyList<double> samples)
    {
        var bytes = new byte[samples.Count * sizeof(double)];
        for (var i = 0; i < samples.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), samples[i]);
        }

        return bytes;
    }

    public static double[] Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % sizeof(double) != 0)
        {
            throw new InvalidDataException($"A samples blob of {bytes.Length} bytes is not a whole number of doubles.");
        }

        var samples = new double[bytes.Length / sizeof(double)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
        }

        return samples;
    }
}
