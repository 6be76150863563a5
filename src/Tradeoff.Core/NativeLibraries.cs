using System.Runtime.InteropServices;

namespace Tradeoff.Core;

/// <summary>
/// Settles how native libraries (libtorch, LightGBM) run in this process, before their first call: how their OpenMP
/// threads wait (on a small machine busy-waiting workers steal the cores that timings and other fits need) and how
/// the C library's allocator serves their buffers (<see cref="MallocThresholds"/>).
/// </summary>
public static partial class NativeLibraries
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    /// <summary>
    /// Sets <c>OMP_WAIT_POLICY=PASSIVE</c> in the process environment through libc, once, unless the user set it, and
    /// applies <see cref="MallocThresholds"/>. Call it before the first call into a native library; later calls do
    /// nothing. Thread-safe.
    /// </summary>
    /// <remarks>
    /// <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only .NET's copy of the environment,
    /// which native code never reads, hence libc's setenv.
    /// </remarks>
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
                _ = SetEnvironment("OMP_WAIT_POLICY", "PASSIVE", 0);
            }

            _ = MallocThresholds.Apply();
        }
    }

    /// <summary>
    /// The C library allocator's thresholds as <see cref="Configure"/> left them (<see cref="MallocThresholds"/>), for a
    /// run's environment; "(not configured)" before it ran.
    /// </summary>
    public static string AllocatorSetting => MallocThresholds.Setting ?? "(not configured)";

    /// <summary>
    /// Sets <paramref name="name"/> to <paramref name="value"/> in the process environment through libc unless the user
    /// set it, for a native library that reads it on its first call.
    /// </summary>
    public static void Default(string name, string value)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = SetEnvironment(name, value, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
