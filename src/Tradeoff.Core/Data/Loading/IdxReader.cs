using System.Buffers.Binary;
using System.IO.Compression;

namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// Reads the IDX format of MNIST (big-endian header: two zero bytes, a type byte, a dimension count, then the
/// dimensions), raw or gzip-compressed. Only unsigned bytes (type 0x08) are supported: that is what MNIST and
/// Fashion-MNIST use. Hand-written because the format is a 4-line header over raw bytes.
/// </summary>
internal static class IdxReader
{
    private const byte UnsignedByte = 0x08;

    // Each pixel becomes a column; beyond this a file is not a set of images a learner could use.
    private const int MaxPixels = 1 << 20;

    private const int BlockBytes = 1 << 18;

    /// <summary>Images (n x h x w) as h*w numeric columns <c>pixel0..</c>, scaled from 0..255 to [0, 1].</summary>
    public static Column[] ReadImages(string path, string name)
    {
        using var stream = Open(path, name);
        var dims = ReadHeader(stream, name, 3);
        var rows = dims[0];
        var pixels = (long)dims[1] * dims[2];
        if (pixels > MaxPixels)
        {
            throw new FileFormatException(name, null, null, $"images of {NumberText.Format(dims[1])} x {NumberText.Format(dims[2])} pixels are larger than this reader accepts ({NumberText.Format(MaxPixels)} pixels)");
        }

        var width = (int)pixels;
        // A raw file's size is known: refuse a truncated one before allocating for every announced image.
        if (stream is FileStream file && file.Length - file.Position < rows * pixels)
        {
            throw new InputException($"{name}: the file is truncated: the header announces {NumberText.Format(rows)} items");
        }

        var values = new float[width][];
        for (var p = 0; p < width; p++)
        {
            values[p] = new float[rows];
        }

        // Images arrive row by row and columns are pixel by pixel: transposing a block of images at a time keeps
        // both the reads and the writes within the cache.
        var block = Math.Max(1, BlockBytes / Math.Max(width, 1));
        var images = new byte[block * width];
        for (var first = 0; first < rows; first += block)
        {
            var count = Math.Min(block, rows - first);
            ReadExactly(stream, images.AsSpan(0, count * width), name, rows);
            for (var p = 0; p < width; p++)
            {
                var column = values[p].AsSpan(first, count);
                for (var i = 0; i < count; i++)
                {
                    column[i] = images[(i * width) + p] / 255f;
                }
            }
        }

        return values.Select((v, p) => new Column($"pixel{NumberText.Format(p)}", ColumnKind.Numeric, v)).ToArray();
    }

    /// <summary>Labels (n) as a nominal column; label k is level k of <paramref name="levels"/>.</summary>
    public static Column ReadLabels(string path, string name, IReadOnlyList<string>? levels) => ReadLabels(path, name, _ => levels);

    /// <summary>The labels of <paramref name="path"/>, their class names chosen by <paramref name="levelsOf"/> from the labels read (null: the numbers).</summary>
    public static Column ReadLabels(string path, string name, Func<byte[], IReadOnlyList<string>?> levelsOf)
    {
        using var stream = Open(path, name);
        var rows = ReadHeader(stream, name, 1)[0];
        if (stream is FileStream file && file.Length - file.Position < rows)
        {
            throw new InputException($"{name}: the file is truncated: the header announces {NumberText.Format(rows)} items");
        }

        var labels = new byte[rows];
        ReadExactly(stream, labels, name, rows);
        var max = rows == 0 ? 0 : labels.Max();
        var levels = levelsOf(labels);
        if (levels is not null && max >= levels.Count)
        {
            throw new FileFormatException(name, null, null, $"label {NumberText.Format(max)} is out of range: this data set has {NumberText.Format(levels.Count)} classes");
        }

        levels ??= Enumerable.Range(0, max + 1).Select(k => NumberText.Format(k)).ToArray();
        return new Column("label", ColumnKind.Nominal, Array.ConvertAll(labels, b => (float)b), levels);
    }

    private static Stream Open(string path, string name)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var gzip = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        if (file.Length == 0)
        {
            file.Dispose();
            throw new FileFormatException(name, null, null, "the file is empty");
        }

        return gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static int[] ReadHeader(Stream stream, string name, int expectedDims)
    {
        Span<byte> magic = stackalloc byte[4];
        ReadExactly(stream, magic, name, 0);
        if (magic[0] != 0 || magic[1] != 0)
        {
            throw new FileFormatException(name, null, null, "not an IDX file (it does not start with two zero bytes)");
        }

        if (magic[2] != UnsignedByte)
        {
            throw new FileFormatException(name, null, null, $"IDX element type 0x{magic[2]:x2} is not supported; only unsigned bytes (0x08) are");
        }

        if (magic[3] != expectedDims)
        {
            throw new FileFormatException(name, null, null, $"expected an IDX file of {NumberText.Format(expectedDims)} dimension(s), found {NumberText.Format(magic[3])}");
        }

        var dims = new int[expectedDims];
        Span<byte> word = stackalloc byte[4];
        for (var d = 0; d < dims.Length; d++)
        {
            ReadExactly(stream, word, name, 0);
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(word);
            if (dims[d] < 0)
            {
                throw new FileFormatException(name, null, null, "negative IDX dimension");
            }
        }

        return dims;
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer, string name, int rows)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            var what = rows > 0 ? $"the header announces {NumberText.Format(rows)} items" : "the header is incomplete";
            throw new InputException($"{name}: the file is truncated: {what}", e);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{name}: the gzip data is corrupt ({e.Message})", e);
        }
    }
}
