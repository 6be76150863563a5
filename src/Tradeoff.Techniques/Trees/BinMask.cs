using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>A set of bins (0 to 255) held inline, so a split candidate carries its left side without allocating.</summary>
[InlineArray(4)]
internal struct BinMask
{
    private ulong _word;

    public readonly bool Contains(int bin) => (this[bin >> 6] & (1UL << bin)) != 0;

    public void Add(int bin) => this[bin >> 6] |= 1UL << bin;

    /// <summary>Adds bins 0 to <paramref name="last"/>, a word at a time: a numeric split's left side.</summary>
    public void AddUpTo(int last)
    {
        for (var word = 0; word < 4; word++)
        {
            var top = last - (word << 6);
            this[word] |= top >= 63 ? ulong.MaxValue : top < 0 ? 0 : (2UL << top) - 1;
        }
    }
}
