namespace Tradeoff.Measurement.Probes;

/// <summary>A peak raised from several threads without a lock (the memory sampler's and the watchdog's).</summary>
internal static class AtomicPeak
{
    /// <summary>Raises <paramref name="peak"/> to <paramref name="value"/> when it is higher, whatever other threads raise it to meanwhile.</summary>
    public static void Raise(ref long peak, long value)
    {
        var seen = Interlocked.Read(ref peak);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref peak, value, seen);
            if (before == seen)
            {
                return;
            }

            seen = before;
        }
    }
}
