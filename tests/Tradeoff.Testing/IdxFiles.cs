using System.IO.Compression;

namespace Tradeoff.Testing;

/// <summary>Builds tiny IDX files (MNIST's format) in code.</summary>
public static class IdxFiles
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

    /// <summary>
    /// Writes a tiny learnable IDX data set into <paramref name="folder"/>: <c>PREFIX-images-idx3-ubyte</c> and
    /// <c>PREFIX-labels-idx1-ubyte</c> (both <c>.gz</c> when <paramref name="gzip"/>), <paramref name="count"/> 4x4
    /// images of three classes, each class brighter in a row of its own, with noise from <paramref name="seed"/>.
    /// </summary>
    /// <returns>The images file's path.</returns>
    public static string WritePair(string folder, string prefix, int count, int seed, bool gzip = false)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => (byte)(i % 3)).ToArray();
        var images = Images(count, 4, 4, (i, p) => (byte)((p / 4 == labels[i] ? 90 : 30) + random.Next(120)));
        var suffix = gzip ? ".gz" : string.Empty;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{prefix}-images-idx3-ubyte{suffix}");
        File.WriteAllBytes(path, gzip ? Gzip(images) : images);
        File.WriteAllBytes(Path.Combine(folder, $"{prefix}-labels-idx1-ubyte{suffix}"), gzip ? Gzip(Labels(labels)) : Labels(labels));
        return path;
    }

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
