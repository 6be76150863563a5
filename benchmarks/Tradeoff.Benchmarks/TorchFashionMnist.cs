using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using Tradeoff.Core.Data;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Reads Fashion-MNIST's gzipped IDX files (Debian's dataset-fashion-mnist) into data sets with pixels scaled to
/// [0, 1], read here by hand so that this benchmark does not wait on the shared IDX loader.
/// </summary>
internal static class TorchFashionMnist
{
    public const string Folder = "/usr/share/datasets/fashion-mnist";

    private static readonly string[] ClassNames =
        ["t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot"];

    public static (Dataset Train, Dataset Test) Load(string folder = Folder) =>
        (Read(folder, "train", "fashion-mnist-train"), Read(folder, "t10k", "fashion-mnist-test"));

    private static Dataset Read(string folder, string prefix, string name)
    {
        var images = ReadIdx(Path.Combine(folder, prefix + "-images-idx3-ubyte.gz"), 0x803, out var dims);
        var labels = ReadIdx(Path.Combine(folder, prefix + "-labels-idx1-ubyte.gz"), 0x801, out _);
        var rows = dims[0];
        var width = dims[1] * dims[2];
        var features = new Column[width];
        for (var f = 0; f < width; f++)
        {
            var values = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                values[r] = images[(r * width) + f] / 255f;
            }

            features[f] = new Column("pixel" + f.ToString(CultureInfo.InvariantCulture), ColumnKind.Numeric, values);
        }

        var target = new Column("class", ColumnKind.Nominal, labels.Select(b => (float)b).ToArray(), ClassNames);
        return new Dataset(name, features, target, TaskKind.MulticlassClassification);
    }

    private static byte[] ReadIdx(string path, int magic, out int[] dims)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (BinaryPrimitives.ReadInt32BigEndian(bytes) != magic)
        {
            throw new InvalidDataException($"{path}: not an IDX file of unsigned bytes with {magic & 0xff} dimension(s).");
        }

        dims = new int[magic & 0xff];
        for (var d = 0; d < dims.Length; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(bytes[(4 + (4 * d))..]);
        }

        return bytes[(4 + (4 * dims.Length))..].ToArray();
    }
}
