namespace Tradeoff.Measurement.Probes;

/// <summary>
/// A full, blocking, compacting collection before code is timed, as BenchmarkDotNet forces one around its iterations:
/// the garbage earlier techniques and probes left behind is collected now, not by a background collection that would
/// run beside the timed calls and take the other core, the memory bus and the caches from them.
/// </summary>
internal static class QuietHeap
{
    public static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
