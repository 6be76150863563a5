using System.Globalization;
using System.Runtime.InteropServices;

namespace Tradeoff.Core;

/// <summary>
/// Fixes glibc's two allocator thresholds so that native buffers of a few megabytes, allocated and freed on every
/// step of a training loop, are reused from the heap instead of mapped and unmapped each time.
/// </summary>
/// <remarks>
/// <para>
/// By default glibc serves a block above its mmap threshold (128 KB, raised to the size of the largest mapped block
/// freed so far) with a fresh mapping, and gives the top of its heap back to the system whenever more than twice that
/// threshold lies free there. libtorch allocates each step's activations and gradients anew (its CPU allocator keeps no
/// cache): the network's first-layer weight gradient on Fashion-MNIST (784 x 300 floats, 940 KB) was, step after step,
/// mapped or grown into pages the kernel had to fault in and zero, and then given back. MKL's timing of that product
/// read 2.8 to 3.4 ms in most steps and 0.7 ms in the others (0.67 ms alone, on the same shapes), and an epoch took
/// 2.9 to 3.0 s with 4.1 to 4.3 s of CPU; with these thresholds 1.9 to 2.1 s and 2.6 to 2.7 s (docs/BENCHMARKS.md,
/// "The allocator's thresholds"). PyTorch's own CPU tuning guide answers this by preloading jemalloc or tcmalloc,
/// which a .NET process cannot do once started; glibc's <c>mallopt</c> fixes the same thresholds in place, hence the
/// import (.NET has no call for it).
/// </para>
/// <para>
/// Fixing them turns off glibc's own adjustment. <see cref="MmapThreshold"/> keeps blocks of up to 16 MB (a batch's
/// activations, a layer's gradients) in the heap; larger ones (a data set's matrix) are still mapped and handed back
/// when freed. <see cref="TrimThreshold"/> lets up to 32 MB lie free at the top of each arena before it is given back;
/// the measurement's memory windows still begin by trimming every arena (<c>malloc_trim</c>), so what is kept is not
/// counted in the next technique.
/// </para>
/// </remarks>
internal static partial class MallocThresholds
{
    /// <summary>Blocks at most this large come from the heap, larger ones from their own mapping.</summary>
    public const int MmapThreshold = 16 << 20;

    /// <summary>Free memory at the top of an arena beyond this is given back to the system.</summary>
    public const int TrimThreshold = 32 << 20;

    // glibc's malloc.h.
    private const int TrimThresholdParameter = -1;
    private const int MmapThresholdParameter = -3;

    /// <summary>What <see cref="Apply"/> did, as the environment of a run records it; null before it ran.</summary>
    public static string? Setting { get; private set; }

    /// <summary>
    /// Sets both thresholds; false where they were not set: not glibc (musl, macOS, Windows), or the user chose either
    /// (<c>MALLOC_MMAP_THRESHOLD_</c>, <c>MALLOC_TRIM_THRESHOLD_</c>, or either in <c>GLIBC_TUNABLES</c>), which wins.
    /// </summary>
    public static bool Apply()
    {
        var applied = Set(out var why);
        Setting = applied
            ? string.Create(CultureInfo.InvariantCulture, $"mmap-threshold {MmapThreshold}, trim-threshold {TrimThreshold} (set by Tradeoff)")
            : $"the C library's own: {why}";
        return applied;
    }

    private static bool Set(out string why)
    {
        why = "not glibc";
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        if (UserChose())
        {
            why = "the user's MALLOC_ or GLIBC_TUNABLES setting";
            return false;
        }

        try
        {
            why = "mallopt refused a threshold";
            return MallOpt(MmapThresholdParameter, MmapThreshold) == 1 && MallOpt(TrimThresholdParameter, TrimThreshold) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private static bool UserChose() =>
        Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is not null
        || Environment.GetEnvironmentVariable("MALLOC_TRIM_THRESHOLD_") is not null
        || Environment.GetEnvironmentVariable("GLIBC_TUNABLES") is { } tunables
            && (tunables.Contains("malloc.mmap_threshold", StringComparison.Ordinal) || tunables.Contains("malloc.trim_threshold", StringComparison.Ordinal));

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int MallOpt(int parameter, int value);
}
