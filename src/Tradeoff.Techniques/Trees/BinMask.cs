using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>A set of bins (0 to 255) held inline, so a split candidate carries its left side without allocating.</summary>
[InlineArray(4)]
internal struct BinMask
{
    private ulong _word;

    public readonly bool Contains(int bin) => (this[bin >> 6] & (1UL << bin)) != 0;

    public void Add(int bin) => this[bin >> 6] |= 1UL << bin;
}
