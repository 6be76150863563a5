namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// Derives the seed of one random step from the study's seed and the step's coordinates (repeat, fold...),
/// so that steps are independent of each other and of the technique being measured.
/// </summary>
internal static class Seeds
{
    /// <summary>A SplitMix64 mix of the seed and the parts: nearby inputs give unrelated seeds.</summary>
    public static int Derive(int seed, params ReadOnlySpan<int> parts)
    {
        var state = unchecked((ulong)seed);
        foreach (var part in parts)
        {
            state = Mix(state ^ unchecked((ulong)part * 0x9E3779B97F4A7C15UL));
        }

        return (int)(Mix(state) & int.MaxValue);
    }

    private static ulong Mix(ulong z)
    {
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
