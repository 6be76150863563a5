using System.Buffers.Binary;
using System.IO.Compression;
using Tradeoff.Core.Data;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Reads Fashion-MNIST from the gzip-compressed IDX files of Debian's dataset-fashion-mnist package, pixels
/// scaled to [0, 1]. Read here rather than through the shared IDX loader so the benchmark stands alone.
/// </summary>
internal static class FashionMnistFiles
{
    public const string Folder = "/usr/share/datasets/fashion-mnist";

    private static readonly string[] Classes =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The 60,000 training rows (<paramref name="test"/> false) or the 10,000 test rows.</summary>
    public static Dataset Load(bool test)
    {
        var prefix = test ? "t10k" : "train";
        var images = ReadAll(Path.Combine(Folder, prefix + "-images-idx3-ubyte.gz"));
        var labels = ReadAll(Path.Combine(Folder, prefix + "-labels-idx1-ubyte.gz"));
        Expect(images, 2051, "images");
        Expect(labels, 2049, "labels");
        var count = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(4));
        var width = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(8)) * BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(12));
        var columns = new float[width][];
        for (var p = 0; p < width; p++)
        {
            columns[p] = new float[count];
        }

        for (var i = 0; i < count; i++)
        {
            var pixels = images.AsSpan(16 + (i * width), width);
            for (var p = 0; p < width; p++)
            {
                columns[p][i] = pixels[p] / 255f;
            }
        }

        var target = new float[count];
        for (var i = 0; i < count; i++)
        {
            target[i] = labels[8 + i];
        }

        var features = columns.Select((values, p) => new Column("pixel" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), ColumnKind.Numeric, values)).ToList();
        return new Dataset("fashion-mnist-" + prefix, features, new Column("class", ColumnKind.Nominal, target, Classes), TaskKind.MulticlassClassification);
    }

    private static byte[] ReadAll(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private static void Expect(byte[] data, int magic, string what)
    {
        if (BinaryPrimitives.ReadInt32BigEndian(data) != magic)
        {
            throw new InvalidDataException($"Not an IDX {what} file (magic {magic} expected).");
        }
    }
}
