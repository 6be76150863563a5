using System.Buffers.Binary;
using System.IO.Compression;
using Tradeoff.Core;
using Tradeoff.Core.Data;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Fashion-MNIST from its gzipped IDX files (Debian's dataset-fashion-mnist), pixels scaled to [0, 1].
/// Read here rather than by the shared IDX loader, which another change brings; this one knows only these four files.
/// </summary>
internal static class FashionMnistFiles
{
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    private static readonly string[] Classes =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The 60,000 training and 10,000 test rows.</summary>
    public static (Dataset Train, Dataset Test) Load(string directory) =>
        (Load(directory, "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
         Load(directory, "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"));

    private static Dataset Load(string directory, string imagesFile, string labelsFile)
    {
        var images = ReadIdx(Path.Combine(directory, imagesFile), out var imageDims);
        var labels = ReadIdx(Path.Combine(directory, labelsFile), out _);
        var rows = imageDims[0];
        var width = imageDims[1] * imageDims[2];
        var columns = new Column[width];
        for (var p = 0; p < width; p++)
        {
            var values = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                values[r] = images[(r * width) + p] / 255f;
            }

            columns[p] = new Column("pixel" + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ColumnKind.Numeric, values);
        }

        var target = new Column("class", ColumnKind.Nominal, Array.ConvertAll(labels, b => (float)b), Classes);
        return new Dataset(imagesFile, columns, target, TaskKind.MulticlassClassification);
    }

    /// <summary>The unsigned-byte payload of an IDX file and its dimensions.</summary>
    private static byte[] ReadIdx(string path, out int[] dims)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: not found; install it with apt-get install dataset-fashion-mnist.");
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        var magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if ((magic >> 8) != 0x08)
        {
            throw new FileFormatException(path, null, null, "not an unsigned-byte IDX file.");
        }

        dims = new int[magic & 0xFF];
        for (var d = 0; d < dims.Length; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(bytes[(4 + (4 * d))..]);
        }

        return bytes[(4 + (4 * dims.Length))..].ToArray();
    }
}
