using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The bins set in a 256-bit mask of four words, lowest first (<c>foreach (var b in new SetBins(mask))</c>): one
/// trailing-zero count per bin, so a sparse histogram is visited without touching its empty bins.
/// </summary>
internal ref struct SetBins(ReadOnlySpan<ulong> mask)
{
    // Four fields (the span counts two), so the JIT keeps the enumerator in registers: the bit last returned is
    // cleared on the next MoveNext rather than held in a field of its own.
    private readonly ReadOnlySpan<ulong> _mask = mask;
    private int _word = -1;
    private ulong _bits;

    public readonly int Current => (_word << 6) + BitOperations.TrailingZeroCount(_bits);

    public readonly SetBins GetEnumerator() => this;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        _bits &= _bits - 1;
        while (_bits == 0)
        {
            if (++_word >= _mask.Length)
            {
                return false;
            }

            _bits = _mask[_word];
        }

        return true;
    }
}
