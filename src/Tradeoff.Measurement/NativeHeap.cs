using System.Runtime.InteropServices;

namespace Tradeoff.Measurement;

/// <summary>
/// Hands the C library's free heap memory back to the system (glibc's <c>malloc_trim</c>). Native code (libtorch,
/// ML.NET's native helpers, finalized tensors) frees into glibc's arenas, which keep the pages resident below any
/// block still in use: after the techniques before it, the network's part of a Fashion-MNIST run began with that
/// memory counted in it. .NET has no call for this (its collections return the managed heap only), hence the import.
/// </summary>
internal static partial class NativeHeap
{
    /// <summary>Releases what glibc can; false where the C library has no <c>malloc_trim</c> (musl, macOS, Windows).</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
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

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
