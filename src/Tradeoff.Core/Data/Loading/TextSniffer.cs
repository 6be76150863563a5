using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Tradeoff.Core.Data.Loading;

/// <summary>
/// Looks at the start of a file before parsing it as text, so that an empty or binary file gets a clear message
/// instead of a parse error about a strange first row.
/// </summary>
internal static class TextSniffer
{
    private const int SniffBytes = 1 << 16;

    /// <summary>UTF-8 that throws on invalid bytes rather than inventing replacement characters.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws when <paramref name="stream"/> is empty (or blank), or starts with bytes that are not UTF-8 text.</summary>
    public static void Check(Stream stream, string name)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(SniffBytes);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, SniffBytes), SniffBytes, throwOnEndOfStream: false);
            var bytes = buffer.AsSpan(0, read);
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            var whole = read < SniffBytes;
            if (whole && bytes.Trim(" \t\r\n"u8).IsEmpty)
            {
                throw new FileFormatException(name, null, null, "the file is empty");
            }

            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                throw NotText(name, bytes, nul, "a NUL byte");
            }

            var invalid = FirstInvalidUtf8(bytes, whole);
            if (invalid >= 0)
            {
                throw NotText(name, bytes, invalid, "a byte that is not UTF-8");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, bool isFinalBlock)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock);
            return status == OperationStatus.InvalidData ? consumed : -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static FileFormatException NotText(string name, ReadOnlySpan<byte> bytes, int offset, string what)
    {
        var line = bytes[..offset].Count((byte)'\n') + 1;
        return new FileFormatException(
            name,
            line,
            null,
            $"binary data, not text ({what} at byte {NumberText.Format(offset)}); expected a CSV, TSV or ARFF text file");
    }
}
