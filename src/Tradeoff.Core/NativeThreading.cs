using System.Runtime.InteropServices;

namespace Tradeoff.Core;

/// <summary>
/// Settings that native libraries with OpenMP thread pools (LightGBM, libtorch) read once, when they load.
/// </summary>
/// <remarks>
/// OpenMP's worker threads spin while waiting by default; on a machine with few cores the spinning threads steal
/// the cores the next parallel region needs. OMP_WAIT_POLICY=PASSIVE makes them sleep instead. OpenMP reads the
/// variable from the C environment when it initializes, which <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// does not reach on Linux (it only changes .NET's copy), so it is set through libc's <c>setenv</c>.
/// </remarks>
public static class NativeThreading
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    /// <summary>
    /// Sets OMP_WAIT_POLICY=PASSIVE in the process environment, unless the user already set it. Call it before the
    /// first call into a native library that uses OpenMP; later calls do nothing. Thread-safe.
    /// </summary>
    public static void Configure()
    {
        lock (Gate)
        {
            if (_configured)
            {
                return;
            }

            _configured = true;
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            {
                // overwrite = 0: a value the user exported wins.
                _ = SetEnv("OMP_WAIT_POLICY", "PASSIVE", 0);
            }
        }
    }

    // DllImport rather than LibraryImport: the generated LibraryImport stub needs unsafe code enabled in Core.
    [DllImport("libc", EntryPoint = "setenv", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetEnv(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string name,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string value,
        int overwrite);
}
