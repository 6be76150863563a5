using System.IO.Compression;

namespace Tradeoff.Core.Tests.Data;

/// <summary>Builds tiny IDX files (MNIST's format) in code.</summary>
internal static class IdxFiles
{
    public static byte[] Images(int count, int height, int width, Func<int, int, byte> pixel)
    {
        var bytes = new List<byte> { 0, 0, 8, 3 };
        foreach (var d in (int[])[count, height, width])
        {
            bytes.AddRange(BigEndian(d));
        }

        for (var i = 0; i < count; i++)
        {
            for (var p = 0; p < height * width; p++)
            {
                bytes.Add(pixel(i, p));
            }
        }

        return [.. bytes];
    }

    public static byte[] Labels(params byte[] labels) => [0, 0, 8, 1, .. BigEndian(labels.Length), .. labels];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
