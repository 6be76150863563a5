using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// Transposes 8 x 8 bytes held as eight 64-bit words (word i = row i, byte k = column k; little-endian) into eight
/// words of columns, in three rounds of swapping 1-, 2- and 4-byte blocks between word pairs: copying bins between
/// column-major and row-major layouts costs a few operations per 8 bytes instead of one load and store per byte.
/// </summary>
internal static class ByteTranspose
{
    /// <summary>Reads 8 bytes at <paramref name="offset"/> of <paramref name="source"/> as one word, byte k at bit 8k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read(ReadOnlySpan<byte> source, long offset) => BinaryPrimitives.ReadUInt64LittleEndian(source[(int)offset..]);

    /// <summary>Writes <paramref name="word"/> as 8 bytes at <paramref name="offset"/>, byte k from bit 8k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(Span<byte> target, long offset, ulong word) => BinaryPrimitives.WriteUInt64LittleEndian(target[(int)offset..], word);

    /// <summary>On return word k holds byte k of every input word, input word i in its byte i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose(Span<ulong> words)
    {
        Swap(words, 0, 1, 8, 0x00FF00FF00FF00FFUL);
        Swap(words, 2, 3, 8, 0x00FF00FF00FF00FFUL);
        Swap(words, 4, 5, 8, 0x00FF00FF00FF00FFUL);
        Swap(words, 6, 7, 8, 0x00FF00FF00FF00FFUL);
        Swap(words, 0, 2, 16, 0x0000FFFF0000FFFFUL);
        Swap(words, 1, 3, 16, 0x0000FFFF0000FFFFUL);
        Swap(words, 4, 6, 16, 0x0000FFFF0000FFFFUL);
        Swap(words, 5, 7, 16, 0x0000FFFF0000FFFFUL);
        Swap(words, 0, 4, 32, 0x00000000FFFFFFFFUL);
        Swap(words, 1, 5, 32, 0x00000000FFFFFFFFUL);
        Swap(words, 2, 6, 32, 0x00000000FFFFFFFFUL);
        Swap(words, 3, 7, 32, 0x00000000FFFFFFFFUL);
    }

    // Swaps the high blocks of word a with the low blocks of word b (blocks of shift bits, mask marking low blocks).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(Span<ulong> words, int a, int b, int shift, ulong mask)
    {
        var t = ((words[a] >> shift) ^ words[b]) & mask;
        words[b] ^= t;
        words[a] ^= t << shift;
    }
}
